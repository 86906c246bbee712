package org.cheapnet.dsl.compiler.plan.construct;

import java.util.Random;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/** Small facts about polynomials and plans that every construction checks. */
final class Polynomials {

    /** A construction's plan must agree with the polynomial to this relative error. */
    static final double TOLERANCE = 1e-10;
    private static final int POINTS = 8;

    private Polynomials() {
    }

    /** True when every atom of p is an input below inputCount (no lets). */
    static boolean overInputs(Polynomial p, int inputCount) {
        return p.atoms().stream().allMatch(a -> a < inputCount);
    }

    /**
     * True when the plan's single output agrees with p at seeded random points of [-1.5, 1.5]^n,
     * relative to the sum of |c_m x^m| over the terms (the size of the cancellation that floating
     * point can suffer anyway).
     */
    static boolean computes(Plan plan, Polynomial p, int inputCount) {
        if (plan.outputs().size() != 1 || plan.inputCount() != inputCount) {
            return false;
        }
        Random random = new Random(0x5eed);
        for (int k = 0; k < POINTS; k++) {
            double[] x = new double[inputCount];
            for (int i = 0; i < inputCount; i++) {
                x[i] = -1.5 + 3 * random.nextDouble();
            }
            double exact = p.evaluate(x);
            double scale = 0;
            for (int t = 0; t < p.termCount(); t++) {
                scale += Math.abs(p.coefficientAt(t) * monomial(p.monomial(t), x));
            }
            double planned = plan.evaluate(0, x);
            if (!(Math.abs(planned - exact) <= TOLERANCE * Math.max(scale, Double.MIN_NORMAL))) {
                return false;
            }
        }
        return true;
    }

    static double monomial(Monomial m, double[] x) {
        double v = 1;
        for (int k = 0; k < m.size(); k++) {
            v *= Math.pow(x[m.atom(k)], m.exponent(k));
        }
        return v;
    }
}
