package org.cheapnet.runtime.math;

import java.util.function.DoubleUnaryOperator;

/** A robust 1-D search for the point where |f| is largest on an interval. */
public final class Maximizer {

    private Maximizer() {
    }

    /**
     * The x in [lo, hi] maximizing |f(x)|: the best of {@code intervals + 1} equally spaced grid
     * points (ties, up to a relative 1e-9, go to the smallest |x|, then to x &gt;= 0), refined by
     * bisection on the sign change of f' around it when there is one (a smooth interior maximum
     * of |f| is a zero of f'). Deterministic; f must be smooth and its maxima separated by more
     * than two grid steps.
     */
    public static double argMaxAbs(DoubleUnaryOperator f, DoubleUnaryOperator fPrime,
                                   double lo, double hi, int intervals) {
        if (!(lo < hi) || intervals < 2) {
            throw new IllegalArgumentException("need lo < hi and at least 2 intervals");
        }
        int best = bestGridPoint(f, lo, hi, intervals);
        double x = gridPoint(lo, hi, intervals, best);
        if (best == 0 || best == intervals) {
            return x;
        }
        return bisectSignChange(fPrime, gridPoint(lo, hi, intervals, best - 1),
                gridPoint(lo, hi, intervals, best + 1), x);
    }

    private static int bestGridPoint(DoubleUnaryOperator f, double lo, double hi, int intervals) {
        double[] magnitude = new double[intervals + 1];
        double max = 0;
        for (int i = 0; i <= intervals; i++) {
            magnitude[i] = Math.abs(f.applyAsDouble(gridPoint(lo, hi, intervals, i)));
            max = Math.max(max, magnitude[i]);
        }
        int best = -1;
        for (int i = 0; i <= intervals; i++) {
            if (magnitude[i] >= max * (1 - 1e-9) && (best < 0 || closerToZero(
                    gridPoint(lo, hi, intervals, i), gridPoint(lo, hi, intervals, best)))) {
                best = i;
            }
        }
        return best;
    }

    private static boolean closerToZero(double x, double y) {
        return Math.abs(x) < Math.abs(y) || (Math.abs(x) == Math.abs(y) && x > y);
    }

    private static double gridPoint(double lo, double hi, int intervals, int i) {
        return lo + (hi - lo) * i / intervals;
    }

    /** A zero of g in [left, right] by bisection if g changes sign there, else {@code fallback}. */
    private static double bisectSignChange(DoubleUnaryOperator g, double left, double right, double fallback) {
        double gLeft = g.applyAsDouble(left);
        double gRight = g.applyAsDouble(right);
        if (gLeft == 0) {
            return left;
        }
        if (gRight == 0) {
            return right;
        }
        if (Math.signum(gLeft) == Math.signum(gRight)) {
            return fallback;
        }
        while (true) {
            double mid = 0.5 * (left + right);
            if (mid <= left || mid >= right) {
                return mid;
            }
            double gMid = g.applyAsDouble(mid);
            if (gMid == 0) {
                return mid;
            }
            if (Math.signum(gMid) == Math.signum(gLeft)) {
                left = mid;
                gLeft = gMid;
            } else {
                right = mid;
            }
        }
    }
}
