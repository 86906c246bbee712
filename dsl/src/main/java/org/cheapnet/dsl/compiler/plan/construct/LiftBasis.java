package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * The basis z = (variables, baby monomials B) of a quadratic lift, and how every monomial of f of
 * degree >= 2 that is not in z is split into a product of two elements of z. Each baby monomial
 * of degree 2..k is one product of two earlier elements of z ({@link #recipe}).
 *
 * @param z      variables (ascending atom), then B by degree (canonical order)
 * @param recipe for each baby monomial, the two elements of z whose product it is
 * @param split  for each monomial of f of degree >= 2 outside z, its two factors in z
 */
record LiftBasis(List<Monomial> z, Map<Monomial, Monomial[]> recipe, Map<Monomial, Monomial[]> split) {

    /** Number of products the baby monomials cost. */
    int babies() {
        return recipe.size();
    }

    /**
     * Greedy choice: monomials from the highest degree down (shuffled when attempt > 0) take the
     * split u * v (deg u, deg v <= k) that needs the fewest new baby monomials; ties go to the most
     * balanced split on even attempts, the least balanced on odd ones, then at random. B is then
     * closed so that each baby monomial is a product of two elements of z. Null when B would
     * exceed maxBabies or a monomial has too many candidate splits.
     */
    static LiftBasis choose(Polynomial p, int k, Random random, int attempt, int maxBabies, long maxCandidates,
            boolean prune) {
        List<Monomial> order = new ArrayList<>();
        for (Monomial m : p.monomials()) {
            if (m.degree() >= 2) {
                order.add(m);
                long candidates = 0;
                for (int du = 1; du <= Math.min(k, m.degree() - 1); du++) {
                    candidates += Divisors.countOfDegree(m, du);
                }
                if (candidates > maxCandidates) {
                    return null;
                }
            }
        }
        Collections.reverse(order); // highest degree first (canonical order is graded)
        if (attempt > 0) {
            Collections.shuffle(order, random);
            order.sort(Comparator.comparingInt(m -> -m.degree()));
            if (attempt % 4 == 3) {
                Collections.shuffle(order, random); // fully random order now and then
            }
        }
        TreeSet<Monomial> babies = new TreeSet<>();
        Map<Monomial, Monomial[]> split = new HashMap<>();
        for (Monomial m : order) {
            if (babies.contains(m) && m.degree() <= k) {
                continue;
            }
            Monomial[] best = null;
            double bestScore = Double.MAX_VALUE;
            int dm = m.degree();
            for (int du = Math.max(1, dm - k); du <= dm / 2; du++) {
                for (Monomial u : Divisors.ofDegree(m, du)) {
                    Monomial v = Divisors.quotient(m, u);
                    int cost = (isNew(u, babies) ? 1 : 0) + (isNew(v, babies) ? 1 : 0);
                    int imbalance = dm - 2 * du;
                    double score = cost * 1000.0 + (attempt % 2 == 0 ? imbalance : -imbalance)
                            + (attempt > 0 ? random.nextDouble() : 0);
                    if (score < bestScore) {
                        bestScore = score;
                        best = new Monomial[] { u, v };
                    }
                }
            }
            split.put(m, best);
            for (Monomial w : best) {
                if (w.degree() >= 2) {
                    babies.add(w);
                }
            }
            if (babies.size() > maxBabies) {
                return null;
            }
        }
        if (prune) {
            prune(p, babies, split, k, variables(p));
        }
        Map<Monomial, Monomial[]> recipe = close(babies, variables(p));
        if (recipe == null || recipe.size() > maxBabies) {
            return null;
        }
        List<Monomial> z = new ArrayList<>(variables(p));
        z.addAll(babies);
        split.keySet().removeAll(babies);
        return new LiftBasis(List.copyOf(z), recipe, split);
    }

    /**
     * Drops baby monomials the greedy pass took but does not need: w goes when every monomial split
     * through it (and w itself, if f has it) can be split through the other elements of z.
     */
    private static void prune(Polynomial p, TreeSet<Monomial> babies, Map<Monomial, Monomial[]> split, int k,
            List<Monomial> vars) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Monomial w : new ArrayList<>(babies)) {
                babies.remove(w);
                Map<Monomial, Monomial[]> alternatives = new HashMap<>();
                boolean ok = true;
                List<Monomial> users = new ArrayList<>();
                split.forEach((m, uv) -> {
                    if (!babies.contains(m) && (uv[0].equals(w) || uv[1].equals(w))) {
                        users.add(m);
                    }
                });
                if (p.coefficient(w) != 0) {
                    users.add(w);
                }
                for (Monomial m : users) {
                    Monomial[] uv = splitWithin(m, k, babies, vars);
                    if (uv == null) {
                        ok = false;
                        break;
                    }
                    alternatives.put(m, uv);
                }
                if (ok) {
                    split.putAll(alternatives);
                    changed = true;
                } else {
                    babies.add(w);
                }
            }
        }
    }

    /** A split u * v of m with deg u, deg v <= k and both in z, balanced first; or null. */
    private static Monomial[] splitWithin(Monomial m, int k, TreeSet<Monomial> babies, List<Monomial> vars) {
        for (int du = m.degree() / 2; du >= Math.max(1, m.degree() - k); du--) {
            for (Monomial u : Divisors.ofDegree(m, du)) {
                Monomial v = Divisors.quotient(m, u);
                if (inZ(u, babies, vars) && inZ(v, babies, vars)) {
                    return new Monomial[] { u, v };
                }
            }
        }
        return null;
    }

    private static boolean isNew(Monomial w, TreeSet<Monomial> babies) {
        return w.degree() >= 2 && !babies.contains(w);
    }

    private static List<Monomial> variables(Polynomial p) {
        List<Monomial> vars = new ArrayList<>();
        p.atoms().forEach(a -> vars.add(Monomial.of(a)));
        return vars;
    }

    /**
     * Adds parents until every baby monomial is the product of two elements of z, and returns
     * the recipes. Works from the highest degree down, so added parents are closed too.
     */
    private static Map<Monomial, Monomial[]> close(TreeSet<Monomial> babies, List<Monomial> vars) {
        Map<Monomial, Monomial[]> recipe = new HashMap<>();
        while (true) {
            Monomial open = null;
            for (Monomial w : babies.descendingSet()) {
                if (!recipe.containsKey(w)) {
                    Monomial[] factors = factors(w, babies, vars);
                    if (factors == null) {
                        open = w;
                        break;
                    }
                    recipe.put(w, factors);
                }
            }
            if (open == null) {
                return recipe;
            }
            // w = parent * (its first atom): the parent becomes a baby monomial too
            babies.add(Divisors.quotient(open, Monomial.of(open.atom(0))));
            recipe.clear(); // a new element may give better factors to others; recompute
        }
    }

    /** Two elements of z (balanced first) whose product is w, or null. */
    private static Monomial[] factors(Monomial w, TreeSet<Monomial> babies, List<Monomial> vars) {
        for (int du = w.degree() / 2; du >= 1; du--) {
            for (Monomial u : Divisors.ofDegree(w, du)) {
                Monomial v = Divisors.quotient(w, u);
                if (inZ(u, babies, vars) && inZ(v, babies, vars)) {
                    return new Monomial[] { u, v };
                }
            }
        }
        return null;
    }

    private static boolean inZ(Monomial w, TreeSet<Monomial> babies, List<Monomial> vars) {
        return w.degree() == 1 ? vars.contains(w) : babies.contains(w);
    }
}
