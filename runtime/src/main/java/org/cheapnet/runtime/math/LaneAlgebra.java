package org.cheapnet.runtime.math;

import org.cheapnet.runtime.Activation;

/**
 * The arithmetic of a network's nodes over a block of rows: every argument array is a lane (entry
 * r = row r of the block) and every method writes o[r] for 0 &lt;= r &lt; n. Generated batch code
 * is a sequence of calls to these few small methods, which the JIT compiles once and vectorizes
 * (plain arithmetic at one index), instead of one loop per node.
 *
 * <p>An affine combination c + w_0 a_0 + ... + w_m a_m is written as {@code affine} of its first
 * terms and then {@code add} of the next ones; both add left to right, so every row rounds exactly
 * as the one-row code c + w_0 a_0[r] + ... does (Java does not contract a * b + c into an fma).
 * {@link #logistic} and {@link #logisticOfQuotient} are the sigmoid of a neuron that shares its
 * exponential E with others (e^-z = K E or K / E); {@link #scale} and {@link #quotient} the same
 * for exp neurons (e^z = K E or K / E).
 */
public final class LaneAlgebra {

    private LaneAlgebra() {
    }

    /** o = c. */
    public static void constant(double[] o, double c, int n) {
        java.util.Arrays.fill(o, 0, n, c);
    }

    /** o = c + w0 a0. */
    public static void affine(double[] o, double c, double w0, double[] a0, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = c + w0 * a0[r];
        }
    }

    /** o = c + w0 a0 + w1 a1. */
    public static void affine(double[] o, double c, double w0, double[] a0, double w1, double[] a1, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = c + w0 * a0[r] + w1 * a1[r];
        }
    }

    /** o = c + w0 a0 + w1 a1 + w2 a2. */
    public static void affine(double[] o, double c, double w0, double[] a0, double w1, double[] a1, double w2, double[] a2,
            int n) {
        for (int r = 0; r < n; r++) {
            o[r] = c + w0 * a0[r] + w1 * a1[r] + w2 * a2[r];
        }
    }

    /** o = c + w0 a0 + w1 a1 + w2 a2 + w3 a3. */
    public static void affine(double[] o, double c, double w0, double[] a0, double w1, double[] a1, double w2, double[] a2,
            double w3, double[] a3, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = c + w0 * a0[r] + w1 * a1[r] + w2 * a2[r] + w3 * a3[r];
        }
    }

    /** o = o + w0 a0. */
    public static void add(double[] o, double w0, double[] a0, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = o[r] + w0 * a0[r];
        }
    }

    /** o = o + w0 a0 + w1 a1. */
    public static void add(double[] o, double w0, double[] a0, double w1, double[] a1, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = o[r] + w0 * a0[r] + w1 * a1[r];
        }
    }

    /** o = o + w0 a0 + w1 a1 + w2 a2. */
    public static void add(double[] o, double w0, double[] a0, double w1, double[] a1, double w2, double[] a2, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = o[r] + w0 * a0[r] + w1 * a1[r] + w2 * a2[r];
        }
    }

    /** o = o + w0 a0 + w1 a1 + w2 a2 + w3 a3. */
    public static void add(double[] o, double w0, double[] a0, double w1, double[] a1, double w2, double[] a2, double w3,
            double[] a3, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = o[r] + w0 * a0[r] + w1 * a1[r] + w2 * a2[r] + w3 * a3[r];
        }
    }

    /** o = 1 / (1 + k e): the sigmoid of z with e^-z = k e. */
    public static void logistic(double[] o, double k, double[] e, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = 1.0 / (1.0 + k * e[r]);
        }
    }

    /**
     * o = 1 / (1 + k / e) = 1 - h / (e / 2 + h) with h = k / 2 (halved so that e + k cannot
     * overflow): the sigmoid of z with e^-z = k / e, with one division (the slow part of these
     * loops). Its error is absolute, at most 2^-52 (the division's, as the subtraction is exact):
     * where the sigmoid is tiny it is not accurate relative to itself, which a network does not
     * need (its outputs are sums of neurons with weights of order one). e = +inf gives 1 and
     * e = 0 gives 0, as they should.
     */
    public static void logisticOfQuotient(double[] o, double k, double[] e, int n) {
        double h = 0.5 * k;
        for (int r = 0; r < n; r++) {
            o[r] = 1.0 - h / (0.5 * e[r] + h);
        }
    }

    /** o = k e. */
    public static void scale(double[] o, double k, double[] e, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = k * e[r];
        }
    }

    /** o = k / e. */
    public static void quotient(double[] o, double k, double[] e, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = k / e[r];
        }
    }

    /** o = s(o) for any activation, by {@link Activation#value} (no vectorized kernel). */
    public static void activate(Activation activation, double[] o, int n) {
        for (int r = 0; r < n; r++) {
            o[r] = activation.value(o[r]);
        }
    }
}
