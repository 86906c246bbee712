package org.cheapnet.dsl.compiler.plan.construct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.junit.jupiter.api.Test;

/**
 * Quadratic forms by their signature: M = max(p, q), counted independently (closed-form
 * eigenvalues of the periodic lattice; Sylvester's law for B D B^T), and p + q squarings for the
 * neuron objective. Every plan is evaluated against the polynomial.
 */
class QuadraticFormsTest {

    /** (p, q) of -A/2, A the adjacency of the periodic L x L lattice: eigenvalues -(cos 2 pi k/L + cos 2 pi l/L). */
    private static int[] isingSignature(int l) {
        int p = 0;
        int q = 0;
        for (int k = 0; k < l; k++) {
            for (int m = 0; m < l; m++) {
                double lambda = -(2 * Math.cos(2 * Math.PI * k / l) + 2 * Math.cos(2 * Math.PI * m / l));
                if (lambda > 1e-9) {
                    p++;
                } else if (lambda < -1e-9) {
                    q++;
                }
            }
        }
        return new int[] { p, q };
    }

    @Test
    void isingClosedFormSignatures() {
        // the anchors' values for the suite sizes
        assertEquals(5, Math.max(isingSignature(3)[0], isingSignature(3)[1]));
        assertEquals(5, Math.max(isingSignature(4)[0], isingSignature(4)[1]));
        assertEquals(13, Math.max(isingSignature(6)[0], isingSignature(6)[1]));
        assertEquals(25, Math.max(isingSignature(8)[0], isingSignature(8)[1]));
    }

    @Test
    void isingLatticesTakeMaxPQProducts() {
        for (int l : new int[] { 3, 4, 5, 6, 7, 8, 10, 12 }) {
            Polynomial h = Families.ising(l, 1);
            int n = l * l;
            int[] pq = isingSignature(l);
            Plan plan = QuadraticForms.of(h, n).orElseThrow();
            assertEquals(Math.max(pq[0], pq[1]), plan.multiplications(), "L = " + l);
            Families.assertComputes(plan, h, n, l);
            Plan squares = QuadraticForms.of(h, n, Objective.NEURONS).orElseThrow();
            assertEquals(pq[0] + pq[1], squares.multiplications(), "L = " + l);
            assertTrue(Families.onlySquares(squares));
            Families.assertComputes(squares, h, n, l);
        }
    }

    @Test
    void randomFormsOfKnownInertia() {
        Random random = new Random(3);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + random.nextInt(9);
            int r = random.nextInt(n + 1);
            int[] signs = new int[r];
            int p = 0;
            for (int i = 0; i < r; i++) {
                signs[i] = random.nextBoolean() ? 1 : -1;
                p += signs[i] > 0 ? 1 : 0;
            }
            long[][] b = InertiaTest.fullColumnRank(n, r, random);
            Polynomial f = quadratic(InertiaTest.congruent(b, signs), random);
            Plan plan = QuadraticForms.of(f, n).orElseThrow();
            assertEquals(Math.max(p, r - p), plan.multiplications());
            Families.assertComputes(plan, f, n, trial);
            Plan squares = QuadraticForms.of(f, n, Objective.NEURONS).orElseThrow();
            assertEquals(r, squares.multiplications());
            Families.assertComputes(squares, f, n, trial);
        }
    }

    @Test
    void affinePolynomialsNeedNoProduct() {
        Polynomial f = Polynomial.atom(0).times(3).plus(Polynomial.atom(2)).plus(Polynomial.constant(-2));
        Plan plan = QuadraticForms.of(f, 3).orElseThrow();
        assertEquals(0, plan.multiplications());
        Families.assertComputes(plan, f, 3, 1);
    }

    @Test
    void higherDegreesAndLetsDoNotApply() {
        assertTrue(QuadraticForms.of(Polynomial.monomial(Monomial.of(0, 3), 1), 1).isEmpty());
        assertTrue(QuadraticForms.of(Polynomial.atom(4), 2).isEmpty());
    }

    /** x^T Q x with Q integer symmetric, plus a random linear part and constant. */
    static Polynomial quadratic(long[][] q, Random random) {
        int n = q.length;
        PolynomialBuilder b = new PolynomialBuilder();
        for (int i = 0; i < n; i++) {
            b.add(Monomial.of(i, 2), q[i][i]);
            for (int j = i + 1; j < n; j++) {
                b.add(Monomial.of(new int[] { i, j }, new int[] { 1, 1 }), 2 * q[i][j]);
            }
            b.add(Monomial.of(i), random.nextInt(7) - 3);
        }
        b.add(Monomial.ONE, 0.5);
        return b.build();
    }
}
