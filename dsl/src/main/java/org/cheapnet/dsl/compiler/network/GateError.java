package org.cheapnet.dsl.compiler.network;

import org.cheapnet.runtime.gate.Threshold;

/**
 * The error of one gate on operands scaled to [-1, 1], as a function of lambda and beta.
 * A smooth gate errs by its Taylor remainder, bounded at the worst corner by
 * truncation2 lambda^2 + truncation4 lambda^4, plus rounding / lambda^power (floating-point
 * cancellation amplified by the read-out weight ~ 1 / lambda^power). A threshold gate errs by
 * steps / (1 + e^(beta/2)) plus a rounding term independent of beta.
 */
record GateError(double truncation2, double truncation4, double rounding, int power, double steps,
                 double stepRounding) {

    static GateError smooth(double truncation2, double truncation4, double rounding, int power) {
        return new GateError(truncation2, truncation4, rounding, power, 0, 0);
    }

    static GateError threshold(double steps, double rounding) {
        return new GateError(0, 0, 0, 0, steps, rounding);
    }

    boolean isSmooth() {
        return power > 0;
    }

    /** truncation2 lambda^2 + truncation4 lambda^4 + rounding / lambda^power (0 for a threshold gate). */
    double smoothError(double lambda) {
        if (!isSmooth()) {
            return 0;
        }
        double l2 = lambda * lambda;
        return truncation2 * l2 + truncation4 * l2 * l2 + rounding / Math.pow(lambda, power);
    }

    /** steps / (1 + e^(beta/2)) + stepRounding (0 for a smooth gate). */
    double thresholdError(double beta) {
        return isSmooth() ? 0 : steps * Threshold.worstStepError(beta) + stepRounding;
    }
}
