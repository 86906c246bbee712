package org.cheapnet.dsl.compiler.plan.construct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
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
            for (long seed = 1; seed <= 2; seed++) {
                Polynomial p = Families.dense(c[0], c[1], seed);
                Families.assertAtMost(c[2], lift(p, c[0]).multiplications(), "dense n" + c[0] + " d" + c[1]);
            }
        }
    }

    @Test
    void randomSparsePolynomialsOfDegreeThreeToEight() {
        Random random = new Random(12);
        for (int trial = 0; trial < 12; trial++) {
            int n = 2 + random.nextInt(5);
            int degree = 3 + random.nextInt(6);
            PolynomialBuilder b = new PolynomialBuilder();
            List<Monomial> all = Families.monomialsUpTo(n, degree);
            for (int t = 0; t < 4 + random.nextInt(12); t++) {
                b.add(all.get(random.nextInt(all.size())), random.nextInt(19) - 9 + 0.25);
            }
            b.add(Monomial.of(0, degree), 1.5); // the degree is reached
            Polynomial p = b.build();
            for (Objective objective : Objective.values()) {
                Plan plan = QuadraticLift.of(p, n, objective).orElseThrow();
                Families.assertComputes(plan, p, n, trial);
                Families.assertAtMost(naive(p), plan.multiplications(), "term by term");
            }
        }
    }

    /** sum over terms of (degree - 1): each monomial by repeated multiplication. */
    private static int naive(Polynomial p) {
        return p.monomials().stream().mapToInt(m -> Math.max(0, m.degree() - 1)).sum();
    }

    @Test
    void onlyDegreesThreeToEight() {
        assertTrue(QuadraticLift.of(Families.dense(2, 2, 1), 2).isEmpty());
        assertTrue(QuadraticLift.of(Polynomial.monomial(Monomial.of(0, 9), 1), 1).isEmpty());
    }
}
