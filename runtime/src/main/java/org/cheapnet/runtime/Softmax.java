package org.cheapnet.runtime;

/**
 * The softmax p_i = e^(l_i) / sum_j e^(l_j) and log-sum-exp, computed stably by subtracting the
 * largest logit first (no overflow at any finite logits). Pure static functions.
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * out[i] = e^(l_i - M) / sum_j e^(l_j - M) with M = max_j l_j. out may be logits itself
     * (in place): each logit is read before its slot is written. Logits must not be empty and
     * must contain a finite value; a +infinity or NaN logit gives NaN.
     */
    public static void softmax(double[] logits, double[] out) {
        if (out.length != logits.length) {
            throw new IllegalArgumentException("out length " + out.length + " != logits length " + logits.length);
        }
        double max = max(logits);
        // out_i = e^(l_i - M); sum = sum_i out_i >= 1 (the maximum contributes e^0)
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            out[i] = Math.exp(logits[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
    }

    /** The softmax in a new array. */
    public static double[] softmax(double[] logits) {
        double[] out = new double[logits.length];
        softmax(logits, out);
        return out;
    }

    /** log sum_i e^(l_i) = M + log sum_i e^(l_i - M), M = max_i l_i. */
    public static double logSumExp(double[] logits) {
        double max = max(logits);
        double sum = 0;
        for (double l : logits) {
            sum += Math.exp(l - max);
        }
        return max + Math.log(sum);
    }

    /** The index of the largest logit (the first on ties): the most probable class. */
    public static int argMax(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no logits");
        }
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double max(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no logits");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("all logits are -infinity");
        }
        return max;
    }
}
