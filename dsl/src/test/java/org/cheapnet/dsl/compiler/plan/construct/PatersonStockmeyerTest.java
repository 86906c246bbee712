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
 * Paterson-Stockmeyer on dense univariate polynomials: the count is the smallest (k - 1) + g over
 * k, where g is the fewest giant steps with (g + 1) k >= d (blocks of k coefficients, the top one
 * k + 1), found here by search; and the plan computes the polynomial.
 */
class PatersonStockmeyerTest {

    private static int expected(int d) {
        int best = Integer.MAX_VALUE;
        for (int k = 1; k <= d; k++) {
            int giant = 0;
            while ((giant + 1) * k < d) {
                giant++;
            }
            best = Math.min(best, (k - 1) + giant);
        }
        return best;
    }

    private static Polynomial dense(int d, int atom, Random random) {
        PolynomialBuilder b = new PolynomialBuilder();
        for (int i = 0; i <= d; i++) {
            b.add(Monomial.of(atom, i), random.nextInt(19) - 9 + 0.5);
        }
        return b.build();
    }

    @Test
    void countAndValueForDegreesTwoToForty() {
        Random random = new Random(4);
        for (int d = 2; d <= 40; d++) {
            Polynomial p = dense(d, 1, random);
            Plan plan = PatersonStockmeyer.of(p, 3).orElseThrow();
            assertEquals(expected(d), plan.multiplications(), "degree " + d);
            assertTrue(plan.multiplications() >= LowerBounds.degreeBound(d));
            Families.assertComputes(plan, p, 3, d);
        }
    }

    @Test
    void suiteDegrees() {
        // anchors: 7 for d = 16 (their count charges a scalar giant step when k | d), 10 for d = 32
        assertEquals(6, expected(16));
        assertEquals(10, expected(32));
        assertEquals(6, PatersonStockmeyer.of(dense(16, 0, new Random(1)), 1).orElseThrow().multiplications());
    }

    @Test
    void sparseAndLinear() {
        Polynomial p = Polynomial.monomial(Monomial.of(0, 9), 2).plus(Polynomial.constant(1));
        Plan plan = PatersonStockmeyer.of(p, 1).orElseThrow();
        assertEquals(expected(9), plan.multiplications());
        Families.assertComputes(plan, p, 1, 9);
        Plan linear = PatersonStockmeyer.of(Polynomial.atom(0).times(3), 1).orElseThrow();
        assertEquals(0, linear.multiplications());
    }

    @Test
    void onlyOneVariable() {
        assertTrue(PatersonStockmeyer.of(Families.dense(2, 3, 1), 2).isEmpty());
        assertTrue(PatersonStockmeyer.of(Polynomial.constant(2), 1).isEmpty());
    }
}
