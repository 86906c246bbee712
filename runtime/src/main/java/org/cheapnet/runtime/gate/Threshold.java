package org.cheapnet.runtime.gate;

import org.cheapnet.runtime.Activation;

/**
 * The soft unit step sigma(b y) that threshold gates are made of, and its error. On integer
 * arguments shifted by 1/2 (y = m + 1/2, |y| &gt;= 1/2) the step's worst error is
 * 1 - sigma(b/2) = sigma(-b/2) = 1 / (1 + e^(b/2)) &lt;= e^(-b/2), so D correct digits need
 * b &gt;= 2 D ln 10.
 *
 * <p>A saturating activation computes the logistic step exactly after an affine change:
 * sigma(y) = outputScale * s(inputScale * y) + outputShift, with (1, 1, 0) for the sigmoid and
 * (1/2, 1/2, 1/2) for tanh (sigma(y) = (1 + tanh(y/2)) / 2). So threshold gates have the same
 * error with either.
 */
public final class Threshold {

    private Threshold() {
    }

    /** 1 / (1 + e^(b/2)): the worst error of one step sigma(b y) at |y| &gt;= 1/2. */
    public static double worstStepError(double beta) {
        return 1 / (1 + Math.exp(beta / 2));
    }

    /** b = 2 D ln 10: enough for D correct digits of one step (e^(-b/2) = 10^-D). */
    public static double betaForDigits(double digits) {
        return 2 * digits * Math.log(10);
    }

    /** The b at which {@link #worstStepError(double)} equals eps: 2 ln(1/eps - 1). */
    public static double betaForStepError(double eps) {
        if (!(eps > 0 && eps < 0.5)) {
            throw new IllegalArgumentException("step error " + eps + " not in (0, 1/2)");
        }
        return 2 * Math.log(1 / eps - 1);
    }

    static double checkBeta(double beta) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be positive and finite, was " + beta);
        }
        return beta;
    }

    /** sigma(y) = outputScale * s(inputScale * y) + outputShift, for a saturating activation s. */
    record StepForm(double inputScale, double outputScale, double outputShift) {

        static StepForm of(Activation activation) {
            switch (activation) {
                case SIGMOID:
                    return new StepForm(1, 1, 0);
                case TANH:
                    return new StepForm(0.5, 0.5, 0.5);
                default:
                    throw new IllegalArgumentException(activation + " does not saturate: threshold gates need sigmoid or tanh");
            }
        }
    }
}
