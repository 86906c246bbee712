package org.cheapnet.dsl.compiler.plan.horner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/** A plan against the polynomial's own term-by-term evaluation. */
final class HornerChecks {

    private HornerChecks() {
    }

    /** The plan's only output equals p at random points of [-1, 1]^n, relative 1e-9 of the sum of |terms|. */
    static void assertComputes(Plan plan, Polynomial p, int points, long seed) {
        assertEquals(1, plan.outputs().size());
        Random random = new Random(seed);
        for (int k = 0; k < points; k++) {
            double[] x = random.doubles(plan.inputCount(), -1, 1).toArray();
            double expected = p.evaluate(x);
            double scale = absoluteTerms(p, x);
            double actual = plan.evaluate(0, x);
            assertEquals(expected, actual, 1e-9 * (1 + scale), () -> "at " + Arrays.toString(x));
        }
    }

    /** Sum of |c m(x)|: the size of the rounding errors any evaluation order makes. */
    private static double absoluteTerms(Polynomial p, double[] x) {
        double sum = 0;
        for (int i = 0; i < p.termCount(); i++) {
            sum += Math.abs(Polynomial.monomial(p.monomial(i), p.coefficientAt(i)).evaluate(x));
        }
        return sum;
    }
}
