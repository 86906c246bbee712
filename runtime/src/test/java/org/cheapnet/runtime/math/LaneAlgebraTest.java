package org.cheapnet.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.api.Test;

/**
 * Every LaneAlgebra kernel against the scalar formula it stands for, written out here row by row.
 * Sums must round exactly as the one-row code's left-to-right Java expression, so they are
 * compared bit for bit (assertEquals without a delta compares the bits of the doubles). Every
 * kernel is run on lanes longer than n, and the entries from n on must keep their old values.
 */
class LaneAlgebraTest {

    /** The row counts tried: none, one, an odd few, a full generated block. */
    private static final int[] ROWS = {0, 1, 7, 256};
    /** The length of every lane array: more than the largest n, so that entries >= n exist. */
    private static final int LENGTH = 300;
    /** The rounding unit 2^-53. */
    private static final double U = 0x1p-53;

    @Test
    void constantFillsTheFirstNRows() {
        Random random = new Random(1);
        for (int n : ROWS) {
            double[] o = lane(random);
            double[] before = o.clone();
            LaneAlgebra.constant(o, -3.25, n);
            assertRows(before, o, n, r -> -3.25, "constant n = " + n);
        }
    }

    @Test
    void affineOfOneToFourTermsRoundsAsTheLeftToRightSum() {
        Random random = new Random(2);
        for (int n : ROWS) {
            double c = weight(random);
            double[] w = {weight(random), weight(random), weight(random), weight(random)};
            double[][] a = {lane(random), lane(random), lane(random), lane(random)};
            for (int terms = 1; terms <= 4; terms++) {
                double[] o = lane(random);
                double[] before = o.clone();
                switch (terms) {
                case 1 -> LaneAlgebra.affine(o, c, w[0], a[0], n);
                case 2 -> LaneAlgebra.affine(o, c, w[0], a[0], w[1], a[1], n);
                case 3 -> LaneAlgebra.affine(o, c, w[0], a[0], w[1], a[1], w[2], a[2], n);
                default -> LaneAlgebra.affine(o, c, w[0], a[0], w[1], a[1], w[2], a[2], w[3], a[3], n);
                }
                IntToDoubleFunction expected = switch (terms) {
                case 1 -> r -> c + w[0] * a[0][r];
                case 2 -> r -> c + w[0] * a[0][r] + w[1] * a[1][r];
                case 3 -> r -> c + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r];
                default -> r -> c + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r] + w[3] * a[3][r];
                };
                assertRows(before, o, n, expected, "affine of " + terms + " terms, n = " + n);
            }
        }
    }

    @Test
    void addOfOneToFourTermsRoundsAsTheLeftToRightSum() {
        Random random = new Random(3);
        for (int n : ROWS) {
            double[] w = {weight(random), weight(random), weight(random), weight(random)};
            double[][] a = {lane(random), lane(random), lane(random), lane(random)};
            for (int terms = 1; terms <= 4; terms++) {
                double[] o = lane(random);
                double[] s = o.clone();
                switch (terms) {
                case 1 -> LaneAlgebra.add(o, w[0], a[0], n);
                case 2 -> LaneAlgebra.add(o, w[0], a[0], w[1], a[1], n);
                case 3 -> LaneAlgebra.add(o, w[0], a[0], w[1], a[1], w[2], a[2], n);
                default -> LaneAlgebra.add(o, w[0], a[0], w[1], a[1], w[2], a[2], w[3], a[3], n);
                }
                IntToDoubleFunction expected = switch (terms) {
                case 1 -> r -> s[r] + w[0] * a[0][r];
                case 2 -> r -> s[r] + w[0] * a[0][r] + w[1] * a[1][r];
                case 3 -> r -> s[r] + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r];
                default -> r -> s[r] + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r] + w[3] * a[3][r];
                };
                assertRows(s, o, n, expected, "add of " + terms + " terms, n = " + n);
            }
        }
    }

    /** Seven terms as the generator splits them: affine of the first four, add of the last three. */
    @Test
    void affineThenAddIsTheSevenTermLeftToRightSum() {
        Random random = new Random(4);
        for (int n : ROWS) {
            double c = weight(random);
            double[] w = new double[7];
            double[][] a = new double[7][];
            for (int i = 0; i < 7; i++) {
                w[i] = weight(random);
                a[i] = lane(random);
            }
            double[] o = lane(random);
            double[] before = o.clone();
            sevenTerms(o, c, w, a, n);
            assertRows(before, o, n, r -> c + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r] + w[3] * a[3][r]
                    + w[4] * a[4][r] + w[5] * a[5][r] + w[6] * a[6][r], "7 terms, n = " + n);
        }
    }

    /**
     * The same seven-term sum over many blocks, so that the JIT compiles (and C2 vectorizes) the
     * kernels while they run: the compiled loops must round exactly as the interpreted expression.
     */
    @Test
    void compiledKernelsRoundAsTheScalarExpression() {
        Random random = new Random(5);
        double c = weight(random);
        double[] w = new double[7];
        double[][] a = new double[7][];
        for (int i = 0; i < 7; i++) {
            w[i] = weight(random);
            a[i] = lane(random);
        }
        double[] o = new double[LENGTH];
        for (int round = 0; round < 2000; round++) {
            int n = 256 - round % 5;
            double[] before = o.clone();
            sevenTerms(o, c, w, a, n);
            if (round % 100 == 0) {
                assertRows(before, o, n, r -> c + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r] + w[3] * a[3][r]
                        + w[4] * a[4][r] + w[5] * a[5][r] + w[6] * a[6][r], "round " + round);
            }
            a[round % 7][round % 256] = lane(random)[0];
        }
    }

    /** The exact comparisons above only mean something if another order of the additions rounds differently here. */
    @Test
    void theseLanesAreSensitiveToTheOrderOfAddition() {
        Random random = new Random(12);
        double c = weight(random);
        double[] w = new double[4];
        double[][] a = new double[4][];
        for (int i = 0; i < 4; i++) {
            w[i] = weight(random);
            a[i] = lane(random);
        }
        int differing = 0;
        for (int r = 0; r < 256; r++) {
            double leftToRight = c + w[0] * a[0][r] + w[1] * a[1][r] + w[2] * a[2][r] + w[3] * a[3][r];
            double rightToLeft = c + (w[0] * a[0][r] + (w[1] * a[1][r] + (w[2] * a[2][r] + w[3] * a[3][r])));
            differing += leftToRight != rightToLeft ? 1 : 0;
        }
        assertTrue(differing > 25, differing + " of 256 rows depend on the order");
    }

    /** Generated code accumulates into a lane that may also be one of the added lanes: o = o + w o + ... */
    @Test
    void addMayReadTheLaneItWrites() {
        Random random = new Random(6);
        for (int n : ROWS) {
            double w0 = weight(random);
            double w1 = weight(random);
            double w2 = weight(random);
            double[] a = lane(random);

            double[] o = lane(random);
            double[] s = o.clone();
            LaneAlgebra.add(o, w0, o, n);
            assertRows(s, o, n, r -> s[r] + w0 * s[r], "o + w0 o, n = " + n);

            double[] p = lane(random);
            double[] t = p.clone();
            LaneAlgebra.add(p, w0, a, w1, p, w2, a, n);
            assertRows(t, p, n, r -> t[r] + w0 * a[r] + w1 * t[r] + w2 * a[r], "o + w0 a + w1 o + w2 a, n = " + n);

            double[] q = lane(random);
            double[] v = q.clone();
            LaneAlgebra.affine(q, w2, w0, q, w1, a, n);
            assertRows(v, q, n, r -> w2 + w0 * v[r] + w1 * a[r], "c + w0 o + w1 a, n = " + n);
        }
    }

    @Test
    void logisticIsOneOverOnePlusKE() {
        Random random = new Random(7);
        for (int n : ROWS) {
            double k = positive(random);
            double[] e = exponentials(random);
            double[] o = lane(random);
            double[] before = o.clone();
            LaneAlgebra.logistic(o, k, e, n);
            assertRows(before, o, n, r -> 1.0 / (1.0 + k * e[r]), "k = " + k + ", n = " + n);
        }
        double[] ends = {0.0, Double.POSITIVE_INFINITY, Double.NaN, Double.MAX_VALUE};
        double[] o = new double[4];
        LaneAlgebra.logistic(o, 2.0, ends, 4);
        assertEquals(1.0, o[0]);
        assertEquals(0.0, o[1]);
        assertTrue(Double.isNaN(o[2]));
        assertEquals(0.0, o[3]);
    }

    /**
     * 1 - k / (e + k) against e / (e + k) = 1 / (1 + k / e) in 34 digits. The quotient q = k / (e + k)
     * carries two roundings, a relative error below 2u / (1 - u). Where e >= k (sigma >= 1/2), q <= 1/2
     * is off by at most u, one ulp of the result in [1/2, 1], and 1 - q adds half an ulp: within 2 ulps.
     * Where e &lt; k, 1 - q is exact (Sterbenz) but q's error, up to 2u absolute, stays: only an absolute
     * bound of 2^-52 holds there, and the relative error grows as sigma gets small (see the report).
     */
    @Test
    void logisticOfQuotientIsOneOverOnePlusKOverE() {
        Random random = new Random(8);
        double worstUlps = 0;
        for (int n : ROWS) {
            for (int trial = 0; trial < 20; trial++) {
                double k = positive(random);
                double[] e = new double[LENGTH];
                for (int r = 0; r < LENGTH; r++) {
                    e[r] = k * Math.pow(10, 8 * random.nextDouble() - 4);
                }
                double[] o = lane(random);
                double[] before = o.clone();
                LaneAlgebra.logisticOfQuotient(o, k, e, n);
                for (int r = 0; r < n; r++) {
                    BigDecimal exact = new BigDecimal(e[r]).divide(new BigDecimal(e[r]).add(new BigDecimal(k)),
                            MathContext.DECIMAL128);
                    BigDecimal error = new BigDecimal(o[r]).subtract(exact).abs();
                    String where = "k = " + k + ", e = " + e[r] + ": " + o[r] + " vs " + exact;
                    if (e[r] >= k) {
                        double ulps = error.divide(new BigDecimal(Math.ulp(exact.doubleValue())), MathContext.DECIMAL64)
                                .doubleValue();
                        worstUlps = Math.max(worstUlps, ulps);
                        assertTrue(ulps <= 2, ulps + " ulps at " + where);
                    } else {
                        assertTrue(error.doubleValue() <= 2 * U / (1 - U), "absolute error " + error + " at " + where);
                    }
                }
                for (int r = n; r < LENGTH; r++) {
                    assertEquals(before[r], o[r], "row " + r + " >= n = " + n + " changed");
                }
            }
        }
        assertTrue(worstUlps > 0, "the results are rounded somewhere");
    }

    @Test
    void logisticOfQuotientAtItsEnds() {
        double[] e = {Double.POSITIVE_INFINITY, 0.0, Double.NaN, 1.0};
        for (double k : new double[] {1e-300, 0.25, 1.0, 3.0, 1e300}) {
            double[] o = new double[4];
            o[3] = 42;
            LaneAlgebra.logisticOfQuotient(o, k, e, 3);
            assertEquals(1.0, o[0], "e = +inf, k = " + k);
            assertEquals(0.0, o[1], "e = 0, k = " + k);
            assertTrue(Double.isNaN(o[2]), "e = NaN, k = " + k);
            assertEquals(42.0, o[3]);
        }
        // e + k would overflow: e = k = 1e308 is one half, e = 1.7e308 with k = 1e304 nearly one
        double[] huge = {1e308, Double.MAX_VALUE};
        double[] o = new double[2];
        LaneAlgebra.logisticOfQuotient(o, 1e308, huge, 1);
        assertEquals(0.5, o[0], 1e-15);
        LaneAlgebra.logisticOfQuotient(o, 1e304, new double[] {Double.MAX_VALUE}, 1);
        assertEquals(1 / (1 + 1e304 / Double.MAX_VALUE), o[0], 1e-15);
    }

    @Test
    void scaleIsKTimesE() {
        Random random = new Random(9);
        for (int n : ROWS) {
            double k = positive(random);
            double[] e = exponentials(random);
            double[] o = lane(random);
            double[] before = o.clone();
            LaneAlgebra.scale(o, k, e, n);
            assertRows(before, o, n, r -> k * e[r], "k = " + k + ", n = " + n);
        }
    }

    @Test
    void quotientIsKOverE() {
        Random random = new Random(10);
        for (int n : ROWS) {
            double k = positive(random);
            double[] e = exponentials(random);
            double[] o = lane(random);
            double[] before = o.clone();
            LaneAlgebra.quotient(o, k, e, n);
            assertRows(before, o, n, r -> k / e[r], "k = " + k + ", n = " + n);
        }
    }

    /** Every activation applied in place, including at the special values. */
    @Test
    void activateAppliesTheActivationsValue() {
        Random random = new Random(11);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 800, -800};
        for (Activation activation : Activation.values()) {
            for (int n : ROWS) {
                double[] o = new double[LENGTH];
                for (int r = 0; r < LENGTH; r++) {
                    o[r] = r < special.length && n > 7 ? special[r] : 10 * random.nextGaussian();
                }
                double[] before = o.clone();
                LaneAlgebra.activate(activation, o, n);
                assertRows(before, o, n, r -> activation.value(before[r]), activation + ", n = " + n);
            }
        }
    }

    /** o = c + sum of seven terms, split as the generator splits it. */
    private static void sevenTerms(double[] o, double c, double[] w, double[][] a, int n) {
        LaneAlgebra.affine(o, c, w[0], a[0], w[1], a[1], w[2], a[2], w[3], a[3], n);
        LaneAlgebra.add(o, w[4], a[4], w[5], a[5], w[6], a[6], n);
    }

    /** o[r] is expected(r), bit for bit, for r &lt; n, and before[r] from n on. */
    private static void assertRows(double[] before, double[] o, int n, IntToDoubleFunction expected, String what) {
        for (int r = 0; r < n; r++) {
            assertEquals(expected.applyAsDouble(r), o[r], what + ", row " + r);
        }
        for (int r = n; r < o.length; r++) {
            assertEquals(before[r], o[r], what + ": row " + r + " >= n changed");
        }
    }

    /** Values of both signs over twelve orders of magnitude, so that sums round differently in different orders. */
    private static double[] lane(Random random) {
        double[] lane = new double[LENGTH];
        for (int r = 0; r < LENGTH; r++) {
            lane[r] = random.nextGaussian() * Math.pow(10, random.nextInt(13) - 6);
        }
        return lane;
    }

    private static double weight(Random random) {
        return random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
    }

    private static double positive(Random random) {
        return Math.pow(10, 20 * random.nextDouble() - 10);
    }

    /** Exponentials as the lanes hold them: e^x for x in (-50, 50), and 0 and +inf in the first rows. */
    private static double[] exponentials(Random random) {
        double[] e = new double[LENGTH];
        for (int r = 0; r < LENGTH; r++) {
            e[r] = Math.exp(100 * random.nextDouble() - 50);
        }
        e[3] = 0.0;
        e[5] = Double.POSITIVE_INFINITY;
        return e;
    }
}
