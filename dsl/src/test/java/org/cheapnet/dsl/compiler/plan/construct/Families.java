package org.cheapnet.dsl.compiler.plan.construct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;

/** The benchmark families of the anchors, generated in Java, and an independent check of a plan. */
final class Families {

    private Families() {
    }

    /** -sum over the 2 L^2 bonds of the periodic L x L lattice of s_i s_j - h sum s_i, as real variables. */
    static Polynomial ising(int l, double h) {
        PolynomialBuilder b = new PolynomialBuilder();
        for (int r = 0; r < l; r++) {
            for (int c = 0; c < l; c++) {
                int site = r * l + c;
                b.add(Monomial.of(new int[] { site, r * l + (c + 1) % l }, new int[] { 1, 1 }), -1);
                b.add(Monomial.of(new int[] { site, ((r + 1) % l) * l + c }, new int[] { 1, 1 }), -1);
                b.add(Monomial.of(site), -h);
            }
        }
        return b.build();
    }

    /** sum_x [(d + m2/2) phi_x^2 - sum_mu phi_x phi_{x+mu} + lambda/24 phi_x^4] on a periodic chain (dim 1) or L x L torus (dim 2). */
    static Polynomial phi4(int dim, int l, double m2, double lambda) {
        PolynomialBuilder b = new PolynomialBuilder();
        int sites = dim == 1 ? l : l * l;
        for (int x = 0; x < sites; x++) {
            b.add(Monomial.of(x, 2), dim + m2 / 2);
            b.add(Monomial.of(x, 4), lambda / 24);
            int r = x / l;
            int c = x % l;
            b.add(Monomial.of(new int[] { x, r * l + (c + 1) % l }, new int[] { 1, 1 }), -1);
            if (dim == 2) {
                b.add(Monomial.of(new int[] { x, ((r + 1) % l) * l + c }, new int[] { 1, 1 }), -1);
            }
        }
        return b.build();
    }

    /** Every monomial of degree <= d in n variables, random non-zero integer coefficients in [-9, 9]. */
    static Polynomial dense(int n, int d, long seed) {
        Random random = new Random(seed);
        PolynomialBuilder b = new PolynomialBuilder();
        for (Monomial m : monomialsUpTo(n, d)) {
            int c = 1 + random.nextInt(9);
            b.add(m, random.nextBoolean() ? c : -c);
        }
        return b.build();
    }

    static List<Monomial> monomialsUpTo(int n, int d) {
        List<Monomial> out = new ArrayList<>();
        collect(n, 0, d, new int[n], out);
        return out;
    }

    private static void collect(int n, int i, int left, int[] e, List<Monomial> out) {
        if (i == n) {
            int[] atoms = new int[n];
            for (int k = 0; k < n; k++) {
                atoms[k] = k;
            }
            out.add(Monomial.of(atoms, e.clone()));
            return;
        }
        for (int x = 0; x <= left; x++) {
            e[i] = x;
            collect(n, i + 1, left - x, e, out);
        }
        e[i] = 0;
    }

    /** f at x, term by term with plain loops (independent of Polynomial.evaluate). */
    static double direct(Polynomial p, double[] x) {
        double sum = 0;
        for (int t = 0; t < p.termCount(); t++) {
            Monomial m = p.monomial(t);
            double v = p.coefficientAt(t);
            for (int k = 0; k < m.size(); k++) {
                for (int e = 0; e < m.exponent(k); e++) {
                    v *= x[m.atom(k)];
                }
            }
            sum += v;
        }
        return sum;
    }

    /** sum |c_m x^m|: the scale of the cancellation in f(x). */
    static double scale(Polynomial p, double[] x) {
        double sum = 0;
        for (int t = 0; t < p.termCount(); t++) {
            Monomial m = p.monomial(t);
            double v = Math.abs(p.coefficientAt(t));
            for (int k = 0; k < m.size(); k++) {
                v *= Math.pow(Math.abs(x[m.atom(k)]), m.exponent(k));
            }
            sum += v;
        }
        return sum;
    }

    /** The plan's only output equals f at 50 random points of [-2, 2]^n, relative 1e-9 of sum |c_m x^m|. */
    static void assertComputes(Plan plan, Polynomial p, int inputCount, long seed) {
        assertEquals(1, plan.outputs().size());
        Random random = new Random(seed);
        for (int k = 0; k < 50; k++) {
            double[] x = new double[inputCount];
            for (int i = 0; i < inputCount; i++) {
                x[i] = -2 + 4 * random.nextDouble();
            }
            double expected = direct(p, x);
            assertEquals(expected, plan.evaluate(0, x), 1e-9 * (1 + scale(p, x)));
        }
    }

    static boolean onlySquares(Plan plan) {
        return plan.steps().stream().allMatch(s -> s instanceof Step.Product p && p.isSquare());
    }

    static void assertAtMost(int bound, int actual, String what) {
        assertTrue(actual <= bound, what + ": " + actual + " > " + bound);
    }
}
