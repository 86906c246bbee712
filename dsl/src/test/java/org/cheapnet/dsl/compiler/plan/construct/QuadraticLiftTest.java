package org.cheapnet.dsl.compiler.plan.construct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.junit.jupiter.api.Test;

/**
 * The quadratic lift reaches the anchors' constructions: 2N for phi^4 on N sites (y = phi^2, then
 * max(p, q) = N), and the dense-polynomial counts of analytic.py; every plan is evaluated against
 * the polynomial.
 */
class QuadraticLiftTest {

    private static Plan lift(Polynomial p, int n) {
        Plan plan = QuadraticLift.of(p, n).orElseThrow();
        Families.assertComputes(plan, p, n, 11);
        System.out.println("LIFT n=" + n + " deg=" + p.degree() + " terms=" + p.termCount() + " M=" + plan.multiplications());
        return plan;
    }

    @Test
    void phi4ChainsTakeTwoProductsPerSite() {
        for (int n : new int[] { 8, 16, 32 }) {
            Families.assertAtMost(2 * n, lift(Families.phi4(1, n, 1, 1), n).multiplications(), "phi4 chain " + n);
        }
    }

    @Test
    void phi4SquareLatticesTakeTwoProductsPerSite() {
        for (int l : new int[] { 3, 4, 5 }) {
            Families.assertAtMost(2 * l * l, lift(Families.phi4(2, l, 1, 1), l * l).multiplications(), "phi4 2d " + l);
        }
    }

    @Test
    void densePolynomialsReachTheAnchorsConstructions() {
        int[][] cases = { { 2, 6, 10 }, { 3, 4, 11 }, { 3, 6, 21 }, { 4, 4, 17 } };
        for (int[] c : cases) {
            for (long seed = 1; seed <= 3; seed++) {
                Polynomial p = Families.dense(c[0], c[1], seed);
                Families.assertAtMost(c[2], lift(p, c[0]).multiplications(), "dense n" + c[0] + " d" + c[1]);
            }
        }
    }

    @Test
    void onlyDegreesThreeToEight() {
        assertTrue(QuadraticLift.of(Families.dense(2, 2, 1), 2).isEmpty());
        assertTrue(QuadraticLift.of(Polynomial.monomial(Monomial.of(0, 9), 1), 1).isEmpty());
    }
}
