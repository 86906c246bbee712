package org.cheapnet.dsl.compiler.plan.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Exact search (iterative deepening branch and bound) for the fewest products that compute every
 * monomial of a small polynomial, each product multiplying two monomials already computed (the
 * class of programs that addition chains and their multivariate generalization describe); the
 * output is then a free linear combination. The optimum of this class is an upper bound on the
 * true minimum (which may use sums as operands, as Horner schemes do) and the yardstick the
 * heuristics are checked against on small cases.
 *
 * <p>Pruning: every target not yet computed needs a product of its own, and the highest degree at
 * most doubles per product. Symmetry: of the orders of one program only the canonical one is
 * searched (a step that does not read its predecessor comes after it in monomial order). Only
 * monomials that divide a target not yet computed are formed (nothing else can be useful).
 */
public final class MonomialChains {
    /** Beyond these sizes the search is not attempted. */
    static final int MAX_TARGETS = 8;
    static final int MAX_VARIABLES = 5;
    static final int MAX_DEGREE = 32;
    /** Nodes visited before giving up (the search is then not exact and returns empty). */
    static final long NODE_BUDGET = 200_000;

    private final int[][] targets;
    private final List<int[]> computed = new ArrayList<>();
    private final java.util.Set<List<Integer>> computedKeys = new java.util.HashSet<>();
    private final List<int[]> operands = new ArrayList<>();
    private long nodes;

    private MonomialChains(int[][] targets, int variables) {
        this.targets = targets;
        for (int v = 0; v < variables; v++) {
            int[] unit = new int[variables];
            unit[v] = 1;
            computed.add(unit);
            computedKeys.add(key(unit));
        }
    }

    /** The optimal plan of the class, or empty when p is too large or the search ran out of budget. */
    public static Optional<Plan> of(Polynomial p, int inputCount) {
        Optional<Chain> chain = search(p);
        return chain.map(c -> c.plan(p, inputCount));
    }

    /** The optimal number of products of the class, or empty as for {@link #of}. */
    public static Optional<Integer> optimum(Polynomial p) {
        return search(p).map(c -> c.products().size());
    }

    /** Products as pairs of indices into (variables, earlier products), over the used variables. */
    record Chain(int[] variables, List<int[]> products, List<int[]> monomials) {

        Plan plan(Polynomial p, int inputCount) {
            // value of computed monomial k: the variable's input for k < variables, else a step
            int[] value = new int[variables.length + products.size()];
            for (int k = 0; k < variables.length; k++) {
                value[k] = variables[k];
            }
            List<Step> steps = new ArrayList<>();
            for (int s = 0; s < products.size(); s++) {
                int[] pair = products.get(s);
                steps.add(new Step.Product(LinearForm.of(value[pair[0]]), LinearForm.of(value[pair[1]])));
                value[variables.length + s] = inputCount + s;
            }
            Map<List<Integer>, Integer> index = new HashMap<>();
            for (int k = 0; k < monomials.size(); k++) {
                index.put(key(monomials.get(k)), k);
            }
            LinearForm.Builder output = new LinearForm.Builder();
            for (int t = 0; t < p.termCount(); t++) {
                Monomial m = p.monomial(t);
                if (m.isConstant()) {
                    output.addConstant(p.coefficientAt(t));
                } else {
                    output.addTerm(value[index.get(key(exponents(m, variables)))], p.coefficientAt(t));
                }
            }
            return new Plan(inputCount, steps, List.of(output.build()));
        }
    }

    private static Optional<Chain> search(Polynomial p) {
        int[] variables = p.atoms().stream().mapToInt(Integer::intValue).sorted().toArray();
        if (variables.length > MAX_VARIABLES) {
            return Optional.empty();
        }
        List<int[]> targetList = new ArrayList<>();
        for (Monomial m : p.monomials()) {
            if (m.degree() > MAX_DEGREE) {
                return Optional.empty();
            }
            if (m.degree() >= 2) {
                targetList.add(exponents(m, variables));
            }
        }
        if (targetList.size() > MAX_TARGETS) {
            return Optional.empty();
        }
        MonomialChains search = new MonomialChains(targetList.toArray(int[][]::new), variables.length);
        for (int budget = search.missingTargets(); ; budget++) {
            if (search.deepen(budget, -1)) {
                return Optional.of(new Chain(variables, List.copyOf(search.operands), List.copyOf(search.computed)));
            }
            if (search.nodes > NODE_BUDGET) {
                return Optional.empty();
            }
        }
    }

    /** Tries to finish with at most {@code budget} more products; {@code last} = index of the previous product. */
    private boolean deepen(int budget, int last) {
        int missing = missingTargets();
        if (missing == 0) {
            return true;
        }
        if (missing > budget || !degreeReachable(budget) || ++nodes > NODE_BUDGET) {
            return false;
        }
        int size = computed.size();
        for (int a = 0; a < size; a++) {
            for (int b = a; b < size; b++) {
                int[] product = add(computed.get(a), computed.get(b));
                boolean readsLast = a == last || b == last;
                if (!readsLast && last >= 0 && compare(product, computed.get(last)) <= 0) {
                    continue; // an independent step: only in canonical order
                }
                if (!dividesMissingTarget(product) || isComputed(product)) {
                    continue;
                }
                computed.add(product);
                computedKeys.add(key(product));
                operands.add(new int[] { a, b });
                if (deepen(budget - 1, size)) {
                    return true;
                }
                computedKeys.remove(key(product));
                computed.remove(size);
                operands.remove(operands.size() - 1);
            }
        }
        return false;
    }

    private int missingTargets() {
        int missing = 0;
        for (int[] t : targets) {
            if (!isComputed(t)) {
                missing++;
            }
        }
        return missing;
    }

    /** The highest degree at most doubles per product. */
    private boolean degreeReachable(int budget) {
        int have = 0;
        for (int[] m : computed) {
            have = Math.max(have, degree(m));
        }
        int need = 0;
        for (int[] t : targets) {
            if (!isComputed(t)) {
                need = Math.max(need, degree(t));
            }
        }
        return budget >= 31 || ((long) have << budget) >= need;
    }

    private boolean dividesMissingTarget(int[] m) {
        for (int[] t : targets) {
            if (divides(m, t) && !isComputed(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isComputed(int[] m) {
        return computedKeys.contains(key(m));
    }

    static int[] exponents(Monomial m, int[] variables) {
        int[] e = new int[variables.length];
        for (int k = 0; k < m.size(); k++) {
            e[Arrays.binarySearch(variables, m.atom(k))] = m.exponent(k);
        }
        return e;
    }

    private static List<Integer> key(int[] m) {
        return Arrays.stream(m).boxed().toList();
    }

    private static int[] add(int[] a, int[] b) {
        int[] sum = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static boolean divides(int[] m, int[] t) {
        for (int i = 0; i < m.length; i++) {
            if (m[i] > t[i]) {
                return false;
            }
        }
        return true;
    }

    private static int degree(int[] m) {
        return Arrays.stream(m).sum();
    }

    /** Graded, then lexicographic: a total order on exponent vectors. */
    private static int compare(int[] a, int[] b) {
        int byDegree = Integer.compare(degree(a), degree(b));
        return byDegree != 0 ? byDegree : Arrays.compare(a, b);
    }
}
