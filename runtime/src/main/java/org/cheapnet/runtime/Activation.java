package org.cheapnet.runtime;

import org.cheapnet.runtime.math.Logistic;
import org.cheapnet.runtime.math.Maximizer;
import org.cheapnet.runtime.math.NormalDistribution;

/**
 * The six activations a CheapNet network may use, each with its value and derivatives in
 * closed form, the bias at which the product and square gates run, and whether threshold gates
 * can use it.
 *
 * <h2>The product-gate bias</h2>
 * The product gate [s(a+l(u+v)) + s(a-l(u+v)) - s(a+l(u-v)) - s(a-l(u-v))] / (4 l^2 s''(a))
 * equals u v (1 + (s''''(a) / (6 s''(a))) l^2 (u^2 + v^2) + O(l^4)); its cost in floating point
 * is the cancellation of four values of size |s(a)|, amplified by 1 / (4 l^2 |s''(a)|).
 * {@link #productBias()} is the a that maximizes the curvature |s''(a)|, i.e. a zero of s'''
 * (the criterion behind DESIGN.md's a = ln(2 + sqrt 3) for the logistic sigmoid: there s''' = 0,
 * not s'''' = 0; s''(a) = -1/(6 sqrt 3), s''''(a) = +1/(6 sqrt 3), so s''''/s'' = -1).
 * The biases, all in closed form:
 * <table>
 * <caption>product-gate biases</caption>
 * <tr><th>activation</th><th>a</th><th>s''(a)</th><th>s''''(a) / s''(a)</th></tr>
 * <tr><td>sigmoid</td><td>ln(2 + sqrt 3)</td><td>-1/(6 sqrt 3)</td><td>-1</td></tr>
 * <tr><td>tanh</td><td>ln(2 + sqrt 3) / 2</td><td>-4/(3 sqrt 3)</td><td>-4</td></tr>
 * <tr><td>softplus</td><td>0</td><td>1/4</td><td>-1/2</td></tr>
 * <tr><td>silu</td><td>0</td><td>1/2</td><td>-1</td></tr>
 * <tr><td>gelu</td><td>0</td><td>2 phi(0) = sqrt(2/pi)</td><td>-2</td></tr>
 * <tr><td>exp</td><td>0</td><td>1</td><td>1</td></tr>
 * </table>
 * exp has no largest curvature, but its gates do not depend on a at all (e^(a+t) = e^a e^t and
 * the e^a cancels against s''(a) = e^a), so a = 0. {@link #biasMaximizingDerivative(int)}
 * generalizes the criterion to the flat product of n inputs (maximize |s^(n)(a)|).
 *
 * <p>All methods are pure and thread-safe.
 */
public enum Activation {

    /** The logistic sigmoid 1 / (1 + e^-x), the default. */
    SIGMOID("sigmoid", true) {
        @Override
        public double value(double x) {
            return Logistic.value(x);
        }

        @Override
        double derivativeOfPositiveOrder(double x, int k) {
            return Logistic.derivative(x, k);
        }

        @Override
        public double productBias() {
            return Math.log(2 + Math.sqrt(3));
        }
    },

    /** tanh x = 2 sigma(2x) - 1, so tanh^(k)(x) = 2^(k+1) sigma^(k)(2x) for k &gt;= 1. */
    TANH("tanh", true) {
        @Override
        public double value(double x) {
            return Math.tanh(x);
        }

        @Override
        double derivativeOfPositiveOrder(double x, int k) {
            return Math.scalb(Logistic.derivative(2 * x, k), k + 1);
        }

        @Override
        public double productBias() {
            return 0.5 * Math.log(2 + Math.sqrt(3));
        }
    },

    /** softplus ln(1 + e^x); its derivatives are softplus^(k) = sigma^(k-1). */
    SOFTPLUS("softplus", false) {
        @Override
        public double value(double x) {
            // ln(1 + e^x) = max(x, 0) + ln(1 + e^-|x|)
            return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
        }

        @Override
        double derivativeOfPositiveOrder(double x, int k) {
            return Logistic.derivative(x, k - 1);
        }

        @Override
        public double productBias() {
            return 0;
        }
    },

    /** SiLU (swish) x sigma(x); by Leibniz, silu^(k) = x sigma^(k) + k sigma^(k-1). */
    SILU("silu", false) {
        @Override
        public double value(double x) {
            return x * Logistic.value(x);
        }

        @Override
        double derivativeOfPositiveOrder(double x, int k) {
            return x * Logistic.derivative(x, k) + k * Logistic.derivative(x, k - 1);
        }

        @Override
        public double productBias() {
            return 0;
        }
    },

    /** The exact GELU x Phi(x); gelu^(k) = x Phi^(k) + k Phi^(k-1), Phi^(m) = (-1)^(m-1) He_{m-1} phi. */
    GELU("gelu", false) {
        @Override
        public double value(double x) {
            return x * NormalDistribution.cdf(x);
        }

        @Override
        double derivativeOfPositiveOrder(double x, int k) {
            return x * NormalDistribution.cdfDerivative(x, k) + k * NormalDistribution.cdfDerivative(x, k - 1);
        }

        @Override
        public double productBias() {
            return 0;
        }
    },

    /** The exponential e^x, its own derivative. */
    EXP("exp", false) {
        @Override
        public double value(double x) {
            return Math.exp(x);
        }

        @Override
        double derivativeOfPositiveOrder(double x, int k) {
            return Math.exp(x);
        }

        @Override
        public double productBias() {
            return 0;
        }

        @Override
        public double biasMaximizingDerivative(int n) {
            checkFlatOrder(n);
            return 0;
        }
    };

    /** The highest derivative order {@link #derivative(double, int)} supports. */
    public static final int MAX_DERIVATIVE_ORDER = Logistic.MAX_ORDER;

    /** Half-width of the interval searched by {@link #biasMaximizingDerivative(int)}. */
    private static final double BIAS_SEARCH_RADIUS = 12;
    private static final int BIAS_SEARCH_INTERVALS = 4800;

    private final String dslName;
    private final boolean saturates;

    Activation(String dslName, boolean saturates) {
        this.dslName = dslName;
        this.saturates = saturates;
    }

    /** s(x). */
    public abstract double value(double x);

    /** s^(k)(x) for k &gt;= 1. */
    abstract double derivativeOfPositiveOrder(double x, int k);

    /** The bias a of the product and square gates: the maximizer of |s''(a)| (see the class comment). */
    public abstract double productBias();

    /** The k-th derivative s^(k)(x) in closed form, 0 &lt;= k &lt;= {@link #MAX_DERIVATIVE_ORDER}; k = 0 is s(x). */
    public double derivative(double x, int k) {
        if (k < 0 || k > MAX_DERIVATIVE_ORDER) {
            throw new IllegalArgumentException("derivative order " + k + " not in 0.." + MAX_DERIVATIVE_ORDER);
        }
        return k == 0 ? value(x) : derivativeOfPositiveOrder(x, k);
    }

    /** s''(a), the curvature the product and square gates divide by. */
    public double secondDerivativeAt(double a) {
        return derivative(a, 2);
    }

    /**
     * The bias a of the flat product of n inputs: the maximizer of |s^(n)(a)| over
     * [-12, 12], found by a grid search refined by bisection on s^(n+1) (for n = 2 it agrees with
     * {@link #productBias()}). 2 &lt;= n &lt; {@link #MAX_DERIVATIVE_ORDER}; exp returns 0 (any a is
     * equivalent). Computed on each call (a few thousand evaluations).
     */
    public double biasMaximizingDerivative(int n) {
        checkFlatOrder(n);
        return Maximizer.argMaxAbs(x -> derivative(x, n), x -> derivative(x, n + 1),
                -BIAS_SEARCH_RADIUS, BIAS_SEARCH_RADIUS, BIAS_SEARCH_INTERVALS);
    }

    static void checkFlatOrder(int n) {
        if (n < 2 || n >= MAX_DERIVATIVE_ORDER) {
            throw new IllegalArgumentException("flat order " + n + " not in 2.." + (MAX_DERIVATIVE_ORDER - 1));
        }
    }

    /**
     * Whether s is bounded and monotone with distinct limits at -infinity and +infinity, so that
     * s(b y) approximates a unit step for large b: threshold gates (bit and spin products) need
     * this. True for sigmoid and tanh; softplus, SiLU, GELU and exp grow without bound.
     */
    public boolean saturates() {
        return saturates;
    }

    /** The name used in {@code @activation(NAME)}: sigmoid, tanh, softplus, silu, gelu, exp. */
    public String dslName() {
        return dslName;
    }

    /** The activation named {@code name} in {@code @activation(NAME)}. */
    public static Activation fromDslName(String name) {
        for (Activation activation : values()) {
            if (activation.dslName.equals(name)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'");
    }
}
