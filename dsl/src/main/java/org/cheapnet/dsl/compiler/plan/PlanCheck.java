package org.cheapnet.dsl.compiler.plan;

import java.util.Random;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Whether a plan computes a polynomial p: its single output agrees with p at seeded random points,
 * |plan(x) - p(x)| <= tolerance * max(scaleOffset + sum_m |c_m x^m|, MIN_NORMAL). The error is
 * measured against the sum of the terms' sizes rather than against |p(x)| because p(x) may cancel
 * to near zero, and any way of evaluating p in floating point, the term-by-term sum included,
 * already errs by a multiple of that sum.
 *
 * @param points      how many points must agree
 * @param seed        the seed of the points (the same plan always gets the same verdict)
 * @param tolerance   the allowed error relative to the scale
 * @param scaleOffset added to the scale: 1 also allows an absolute error of tolerance where the
 *                    terms are small, 0 keeps the check purely relative
 */
public record PlanCheck(int points, long seed, double tolerance, double scaleOffset) {

    /** True when the plan has one output over inputCount inputs and it agrees with p at points from the sampler. */
    public boolean computes(Plan plan, Polynomial p, int inputCount, PointSampler sampler) {
        if (plan.outputs().size() != 1 || plan.inputCount() != inputCount) {
            return false;
        }
        Random random = new Random(seed);
        for (int k = 0; k < points; k++) {
            double[] x = new double[inputCount];
            sampler.fill(x, random);
            double error = Math.abs(plan.evaluate(0, x) - p.evaluate(x));
            if (!(error <= tolerance * Math.max(scaleOffset + termScale(p, x), Double.MIN_NORMAL))) {
                return false;
            }
        }
        return true;
    }

    /** Sum over the terms of |c| prod |x|^e: the size of the cancellation that floating point suffers anyway. */
    static double termScale(Polynomial p, double[] x) {
        double scale = 0;
        for (int i = 0; i < p.termCount(); i++) {
            Monomial m = p.monomial(i);
            double term = Math.abs(p.coefficientAt(i));
            for (int k = 0; k < m.size(); k++) {
                term *= Math.pow(Math.abs(x[m.atom(k)]), m.exponent(k));
            }
            scale += term;
        }
        return scale;
    }
}
