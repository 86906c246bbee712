package org.cheapnet.runtime.math;

/**
 * The logistic function sigma(x) = 1 / (1 + e^-x) and its derivatives in closed form.
 *
 * <p>With p = sigma(x) and q = sigma(-x) = 1 - p, sigma' = p q, and d/dx acts on a polynomial
 * P(p, q) as {@code p q (dP/dp - dP/dq)}. So every derivative is an integer polynomial in p and q:
 * sigma'' = p q (q - p), sigma''' = p q ((q - p)^2 - 2 p q) = p q (1 - 6 p q), ...
 * Evaluating it with both p and q computed directly (never q = 1 - p) keeps full relative
 * precision in the tails, where the derivatives are of order e^-|x|.
 */
public final class Logistic {

    /** The highest derivative order {@link #derivative(double, int)} supports. */
    public static final int MAX_ORDER = 12;

    /** COEFFICIENTS[k][i][j]: coefficient of p^i q^j in sigma^(k). */
    private static final double[][][] COEFFICIENTS = derivativePolynomials(MAX_ORDER);

    private Logistic() {
    }

    /** sigma(x) = 1 / (1 + e^-x), evaluated without overflow for any x. */
    public static double value(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * The k-th derivative sigma^(k)(x) for 0 &lt;= k &lt;= {@link #MAX_ORDER}, as the polynomial
     * P_k(sigma(x), sigma(-x)) described in the class comment.
     */
    public static double derivative(double x, int k) {
        if (k < 0 || k > MAX_ORDER) {
            throw new IllegalArgumentException("derivative order " + k + " not in 0.." + MAX_ORDER);
        }
        if (k == 0) {
            return value(x);
        }
        double p = value(x);
        double q = value(-x);
        double[][] c = COEFFICIENTS[k];
        // sum_i p^i * (sum_j c[i][j] q^j), both sums by Horner's rule
        double sum = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            double inner = 0;
            for (int j = c[i].length - 1; j >= 0; j--) {
                inner = inner * q + c[i][j];
            }
            sum = sum * p + inner;
        }
        return sum;
    }

    /** P_0 = p; P_{k+1} = p q (dP_k/dp - dP_k/dq): the term c p^i q^j becomes i c p^i q^(j+1) - j c p^(i+1) q^j. */
    private static double[][][] derivativePolynomials(int maxOrder) {
        int size = maxOrder + 2;
        double[][][] result = new double[maxOrder + 1][size][size];
        result[0][1][0] = 1;
        for (int k = 0; k < maxOrder; k++) {
            double[][] from = result[k];
            double[][] to = result[k + 1];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    double c = from[i][j];
                    if (c != 0) {
                        to[i][j + 1] += i * c;
                        to[i + 1][j] -= j * c;
                    }
                }
            }
        }
        return result;
    }
}
