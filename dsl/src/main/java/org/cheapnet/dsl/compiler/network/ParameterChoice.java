package org.cheapnet.dsl.compiler.network;

import java.util.function.DoubleUnaryOperator;

/**
 * Chooses lambda and beta from the tolerance. The threshold gates get 1% of the budget when
 * smooth gates share it (their error falls like e^(-beta/2), so a 100 times smaller share costs
 * only 2 ln 100 ~ 9 in beta), else half of it (the worst state attains the threshold bound, so
 * a bound equal to the tolerance is exceeded by rounding; half costs 2 ln 2 ~ 1.4 in beta);
 * beta is the smallest that keeps every output's
 * threshold error within that share. Lambda is then the largest value, at most
 * {@link #MAX_LAMBDA}, at which every output's whole bound (truncation ~ lambda^2, rounding
 * ~ 1/lambda^p, and the threshold part at that beta) is within the tolerance, and never below the
 * minimizer of that bound, where rounding starts to dominate. When no lambda fits, the minimizer
 * is taken and the bound, above the tolerance, says so.
 */
final class ParameterChoice {

    /** Above this the gates' O(lambda^4) terms are no longer small against the leading term. */
    static final double MAX_LAMBDA = 0.1;
    private static final double MIN_LAMBDA = 1e-8;
    private static final double THRESHOLD_SHARE = 0.01;
    private static final double THRESHOLD_ONLY_SHARE = 0.5;
    /** Beta at which the step error (e^-50) is far below rounding: no need to go further. */
    private static final double MAX_BETA = 100;
    /** Beta at which one step errs by 1/4. */
    private static final double MIN_BETA = 2 * Math.log(3);

    private ParameterChoice() {
    }

    static GateParameters choose(ErrorAnalysis analysis, double tolerance) {
        boolean smooth = analysis.hasSmoothGates();
        double beta = analysis.hasThresholdGates() ? beta(analysis, (smooth ? THRESHOLD_SHARE : THRESHOLD_ONLY_SHARE) * tolerance) : 0;
        double lambda = smooth ? lambda(analysis, tolerance, beta) : 0;
        return new GateParameters(lambda, beta);
    }

    /** The smallest beta keeping each output's threshold error within the budget, by bisection (the error falls with beta). */
    private static double beta(ErrorAnalysis analysis, double budget) {
        DoubleUnaryOperator excess = b -> analysis.predicted(0, b) - budget;
        if (excess.applyAsDouble(MIN_BETA) <= 0) {
            return MIN_BETA;
        }
        if (excess.applyAsDouble(MAX_BETA) > 0) {
            return MAX_BETA;
        }
        double lo = MIN_BETA;
        double hi = MAX_BETA;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (excess.applyAsDouble(mid) <= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * The largest lambda in [argmin, MAX_LAMBDA] with the bound, at the chosen beta, within the
     * tolerance. The bound is truncation (rising like lambda^2) plus rounding (falling like
     * lambda^-p), unimodal in t = ln lambda: golden-section search for its minimum, then
     * bisection on the rising side.
     */
    private static double lambda(ErrorAnalysis analysis, double tolerance, double beta) {
        DoubleUnaryOperator excess = t -> analysis.predicted(Math.exp(t), beta) - tolerance;
        double best = argMin(excess, Math.log(MIN_LAMBDA), Math.log(MAX_LAMBDA));
        if (excess.applyAsDouble(best) > 0) {
            return Math.exp(best);
        }
        double hi = Math.log(MAX_LAMBDA);
        if (excess.applyAsDouble(hi) <= 0) {
            return MAX_LAMBDA;
        }
        double lo = best;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (excess.applyAsDouble(mid) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp(lo);
    }

    /** Golden-section search for the minimum of a unimodal function on [a, b]. */
    private static double argMin(DoubleUnaryOperator f, double a, double b) {
        double invPhi = (Math.sqrt(5) - 1) / 2;
        double c = b - invPhi * (b - a);
        double d = a + invPhi * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < 100 && b - a > 1e-9; i++) {
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - invPhi * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + invPhi * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return 0.5 * (a + b);
    }
}
