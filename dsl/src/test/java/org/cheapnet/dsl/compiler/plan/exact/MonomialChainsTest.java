package org.cheapnet.dsl.compiler.plan.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.junit.jupiter.api.Test;

/**
 * The exact search against an independent breadth-first enumeration of every set of monomials
 * reachable by products, on small random polynomials, and on cases with known optima.
 */
class MonomialChainsTest {

    @Test
    void powersNeedTheirShortestAdditionChain() {
        // l(n) from the literature (Knuth, TAOCP 4.6.3): 2->1, 3->2, 7->4, 15->5, 23->6
        int[][] known = { { 2, 1 }, { 3, 2 }, { 7, 4 }, { 15, 5 }, { 23, 6 } };
        for (int[] k : known) {
            Polynomial p = Polynomial.monomial(Monomial.of(0, k[0]), 1);
            assertEquals(k[1], MonomialChains.optimum(p).orElseThrow(), "x^" + k[0]);
        }
    }

    @Test
    void aProductOfNVariablesNeedsNMinusOne() {
        for (int n = 2; n <= MonomialChains.MAX_VARIABLES; n++) {
            Polynomial p = Polynomial.constant(1);
            for (int v = 0; v < n; v++) {
                p = p.times(Polynomial.atom(v));
            }
            assertEquals(n - 1, MonomialChains.optimum(p).orElseThrow());
        }
    }

    @Test
    void agreesWithBreadthFirstEnumerationOnRandomSmallPolynomials() {
        Random random = new Random(5);
        for (int trial = 0; trial < 60; trial++) {
            // small enough for the enumeration: at most 3 variables, 3 terms, degree 5
            int variables = 1 + random.nextInt(3);
            Polynomial p = Polynomial.constant(random.nextInt(3));
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                int[] e = new int[variables];
                for (int v = 0, left = 5; v < variables; v++) {
                    e[v] = random.nextInt(Math.min(3, left) + 1);
                    left -= e[v];
                }
                p = p.plus(Polynomial.monomial(monomial(e), 1 + random.nextInt(5)));
            }
            Optional<Plan> plan = MonomialChains.of(p, variables);
            assertTrue(plan.isPresent(), p.toString());
            assertEquals(breadthFirst(p, variables), plan.get().multiplications(), p.toString());
            assertComputes(plan.get(), p, variables, random);
        }
    }

    private static Monomial monomial(int[] e) {
        List<Integer> atoms = new ArrayList<>();
        List<Integer> exponents = new ArrayList<>();
        for (int v = 0; v < e.length; v++) {
            if (e[v] > 0) {
                atoms.add(v);
                exponents.add(e[v]);
            }
        }
        return Monomial.of(atoms.stream().mapToInt(i -> i).toArray(), exponents.stream().mapToInt(i -> i).toArray());
    }

    /** Fewest products by levels of all reachable sets (no pruning beyond "divides a target"). */
    private static int breadthFirst(Polynomial p, int variables) {
        Set<List<Integer>> targets = new HashSet<>();
        for (Monomial m : p.monomials()) {
            if (m.degree() >= 2) {
                targets.add(vector(m, variables));
            }
        }
        Set<Set<List<Integer>>> level = new HashSet<>();
        Set<List<Integer>> start = new HashSet<>();
        for (int v = 0; v < variables; v++) {
            List<Integer> unit = new ArrayList<>(java.util.Collections.nCopies(variables, 0));
            unit.set(v, 1);
            start.add(unit);
        }
        level.add(start);
        for (int products = 0; ; products++) {
            Set<Set<List<Integer>>> next = new HashSet<>();
            for (Set<List<Integer>> state : level) {
                if (state.containsAll(targets)) {
                    return products;
                }
                for (List<Integer> a : state) {
                    for (List<Integer> b : state) {
                        List<Integer> c = new ArrayList<>();
                        for (int v = 0; v < variables; v++) {
                            c.add(a.get(v) + b.get(v));
                        }
                        if (!state.contains(c) && targets.stream().anyMatch(t -> divides(c, t))) {
                            Set<List<Integer>> grown = new HashSet<>(state);
                            grown.add(c);
                            next.add(grown);
                        }
                    }
                }
            }
            level = next;
        }
    }

    private static List<Integer> vector(Monomial m, int variables) {
        List<Integer> e = new ArrayList<>(java.util.Collections.nCopies(variables, 0));
        for (int k = 0; k < m.size(); k++) {
            e.set(m.atom(k), m.exponent(k));
        }
        return e;
    }

    private static boolean divides(List<Integer> m, List<Integer> t) {
        for (int i = 0; i < m.size(); i++) {
            if (m.get(i) > t.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static void assertComputes(Plan plan, Polynomial p, int variables, Random random) {
        for (int k = 0; k < 5; k++) {
            double[] x = new double[variables];
            for (int v = 0; v < variables; v++) {
                x[v] = 2 * random.nextDouble() - 1;
            }
            double exact = 0;
            for (int t = 0; t < p.termCount(); t++) {
                Monomial m = p.monomial(t);
                double term = p.coefficientAt(t);
                for (int f = 0; f < m.size(); f++) {
                    term *= Math.pow(x[m.atom(f)], m.exponent(f));
                }
                exact += term;
            }
            assertEquals(exact, plan.evaluate(0, x), 1e-9 * (1 + Math.abs(exact)));
        }
    }
}
