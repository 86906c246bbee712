package org.cheapnet.runtime.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Lanes.exp and Lanes.sigmoid against StrictMath.exp (fdlibm). Errors are counted in ulps as the
 * number of doubles between the two results.
 */
class LanesTest {

    private static final int POINTS = 1_000_000;
    /**
     * Both Lanes.exp and StrictMath.exp are faithful (error below 1 ulp: checked for Lanes.exp
     * against 120-bit mpmath on 2e5 points, max 0.85 ulp; fdlibm documents it), so both are one of
     * the two doubles around e^x, and they differ by at most one.
     */
    private static final long EXP_ULPS = 1;
    /**
     * Both sides compute 1 / (1 + e) from e = e^-z. The two e differ by at most 1 ulp (EXP_ULPS),
     * a relative 2^-52, which reaches sigma damped by e/(1+e) &lt; 1; a relative 2^-52 is less than
     * 2 ulps of sigma (an ulp is more than 2^-53 of the value). Each side then rounds the sum
     * (relative 2^-53, less than 1 ulp of sigma) and the quotient (half an ulp). Together less than
     * 2 + 2 (1 + 1/2) = 5 ulps, so at most 4.
     */
    private static final long SIGMOID_ULPS = 4;

    @Test
    void expOverTheWholeFiniteRange() {
        assertExpWithin(EXP_ULPS, uniform(1, -745, 709));
    }

    @Test
    void expOnTheUnitInterval() {
        assertExpWithin(EXP_ULPS, uniform(2, -1, 1));
    }

    /** Magnitudes 2^-60 .. 1 of both signs, where e^x is 1 + x + ...: tests the reduction at k = 0. */
    @Test
    void expNearZero() {
        Random random = new Random(3);
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double magnitude = Math.pow(2, -60 * random.nextDouble());
            x[i] = random.nextBoolean() ? magnitude : -magnitude;
        }
        assertExpWithin(EXP_ULPS, x);
    }

    /**
     * Where e^x is subnormal or just above the subnormals, the result is p * 2^k1 (exact) * 2^k2
     * rounded once to the subnormal grid, with p accurate to about 1e-16 relative: still faithful,
     * so within one subnormal spacing (Double.MIN_VALUE) of StrictMath's.
     */
    @Test
    void expInTheSubnormalRange() {
        double[] x = uniform(4, -745, -708);
        double[] e = exp(x);
        int subnormals = 0;
        for (int i = 0; i < x.length; i++) {
            double expected = StrictMath.exp(x[i]);
            assertTrue(ulps(e[i], expected) <= EXP_ULPS, "x = " + x[i] + ": " + e[i] + " vs " + expected);
            subnormals += expected < Double.MIN_NORMAL ? 1 : 0;
        }
        assertTrue(subnormals > POINTS * 9 / 10, "the range is mostly subnormal");
    }

    /** Every boundary of the exponent range, and the clamps, against StrictMath; 0 and the infinities exactly. */
    @Test
    void expAtSpecialValuesAndLimits() {
        double[] x = {
            0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            709.78, 709.782712893384, 709.7827128933841, 710, 710.2, 711, 1e6, 3e6, 1e20, 1e300, Double.MAX_VALUE,
            -1e6, -3e6, -1e20, 709.4, 709.5, -708.7, -708.8,
            -708.39, -708.4, -744.4, -745, -745.1332191019411, -745.1332191019412, -746, -747, -1e300,
            -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Math.log(2) / 2, -Math.log(2) / 2,
            Math.log(2), 1, -1,
        };
        double[] e = exp(x);
        assertEquals(1.0, e[0]);
        assertEquals(1.0, e[1]);
        assertTrue(Double.isNaN(e[2]));
        assertEquals(Double.POSITIVE_INFINITY, e[3]);
        assertEquals(0.0, e[4]);
        for (int i = 5; i < x.length; i++) {
            double expected = StrictMath.exp(x[i]);
            if (Double.isInfinite(expected) || expected == 0) {
                assertEquals(expected, e[i], "x = " + x[i]);
            } else {
                assertTrue(ulps(e[i], expected) <= 1, "x = " + x[i] + ": " + e[i] + " vs " + expected);
            }
        }
    }

    @Test
    void onlyTheFirstNEntriesChange() {
        double[] z = {1, 2, 3, 4, 5, 6};
        double[] scratch = new double[6];
        Arrays.fill(scratch, -7);
        Lanes.exp(z, scratch, 3);
        for (int i = 0; i < 3; i++) {
            assertTrue(ulps(z[i], StrictMath.exp(i + 1)) <= 1);
        }
        assertArrayEquals(new double[] {4, 5, 6}, Arrays.copyOfRange(z, 3, 6));
        assertArrayEquals(new double[] {-7, -7, -7}, Arrays.copyOfRange(scratch, 3, 6));

        double[] w = {-1, 0, 1, 2};
        Lanes.sigmoid(w, new double[2], 2);
        assertEquals(1 / (1 + StrictMath.exp(1)), w[0], 1e-16);
        assertEquals(0.5, w[1]);
        assertArrayEquals(new double[] {1, 2}, Arrays.copyOfRange(w, 2, 4));
    }

    @Test
    void zeroLanesChangeNothing() {
        double[] z = {1, 2};
        double[] scratch = {3, 4};
        Lanes.exp(z, scratch, 0);
        Lanes.sigmoid(z, scratch, 0);
        Lanes.exp(new double[0], new double[0], 0);
        assertArrayEquals(new double[] {1, 2}, z);
        assertArrayEquals(new double[] {3, 4}, scratch);
    }

    /** Half the points where sigma is not saturated, half over the whole range including both saturated ends. */
    @Test
    void sigmoidMatchesTheDefinition() {
        double[] z = uniform(5, -750, 750);
        double[] head = uniform(6, -40, 40);
        System.arraycopy(head, 0, z, 0, POINTS / 2);
        double[] s = sigmoid(z);
        long worst = 0;
        for (int i = 0; i < z.length; i++) {
            double expected = 1 / (1 + StrictMath.exp(-z[i]));
            worst = Math.max(worst, ulps(s[i], expected));
        }
        System.out.println("Lanes.sigmoid max ulps vs 1/(1+StrictMath.exp(-z)): " + worst);
        assertTrue(worst <= SIGMOID_ULPS, "max ulps " + worst);
    }

    @Test
    void sigmoidSaturatesAndPropagatesNaN() {
        double[] z = {
            0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 40, 800, 1e300,
            -700, -745, -800, -1e300,
        };
        double[] s = sigmoid(z);
        assertEquals(0.5, s[0]);
        assertEquals(1.0, s[1]);
        assertEquals(0.0, s[2]);
        assertTrue(Double.isNaN(s[3]));
        for (int i = 4; i < z.length; i++) {
            double expected = 1 / (1 + StrictMath.exp(-z[i]));
            assertTrue(ulps(s[i], expected) <= 1, "z = " + z[i] + ": " + s[i] + " vs " + expected);
        }
        assertEquals(1.0, s[5]);
        assertEquals(0.0, s[9]);
    }

    private static void assertExpWithin(long bound, double[] x) {
        double[] e = exp(x);
        long worst = 0;
        double worstAt = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            long distance = ulps(e[i], StrictMath.exp(x[i]));
            if (distance > worst) {
                worst = distance;
                worstAt = x[i];
            }
        }
        System.out.println("Lanes.exp max ulps vs StrictMath.exp: " + worst + " at x = " + worstAt);
        assertTrue(worst <= bound, "max ulps " + worst + " at x = " + worstAt);
    }

    /** Lanes.exp over x in blocks of 1000 rows, as generated code calls it. */
    private static double[] exp(double[] x) {
        return inBlocks(x, Lanes::exp);
    }

    private static double[] sigmoid(double[] x) {
        return inBlocks(x, Lanes::sigmoid);
    }

    private interface Kernel {
        void apply(double[] z, double[] scratch, int n);
    }

    private static double[] inBlocks(double[] x, Kernel kernel) {
        int block = 1000;
        double[] result = new double[x.length];
        double[] lanes = new double[block];
        double[] scratch = new double[block];
        for (int start = 0; start < x.length; start += block) {
            int n = Math.min(block, x.length - start);
            System.arraycopy(x, start, lanes, 0, n);
            kernel.apply(lanes, scratch, n);
            System.arraycopy(lanes, 0, result, start, n);
        }
        return result;
    }

    private static double[] uniform(long seed, double from, double to) {
        Random random = new Random(seed);
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = from + (to - from) * random.nextDouble();
        }
        return x;
    }

    /** Number of doubles between two finite non-negative results (equal infinities count 0). */
    private static long ulps(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (!(a >= 0 && b >= 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Long.MAX_VALUE;
        }
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    /*
     * The near-zero path: a block whose every |x| < 1/2 is the degree 15 Taylor polynomial, no
     * range reduction. One x of 1/2 or more, or an infinity, sends the whole block through the
     * full path; a NaN does not ((int) NaN == 0), and the polynomial keeps it NaN.
     */

    /** Uniform in (-1/2, 1/2): every block of 1000 takes the near-zero path. */
    @Test
    void expOnTheNearZeroPath() {
        assertExpWithin(EXP_ULPS, uniform(20, -0.5, 0.5));
    }

    /** Magnitudes 0.49 * 10^-300 .. 0.49 of both signs, where the polynomial is 1 + x + (rounding). */
    @Test
    void expOnTheNearZeroPathDownToTiny() {
        Random random = new Random(21);
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double magnitude = 0.49 * Math.pow(10, -300 * random.nextDouble());
            x[i] = random.nextBoolean() ? magnitude : -magnitude;
        }
        assertExpWithin(EXP_ULPS, x);
    }

    /** The edges of the near-zero path in one block: e^+-0 = 1 exactly, the rest within 1 ulp. */
    @Test
    void expOnTheNearZeroPathAtItsEdges() {
        double[] x = nearZeroEdges();
        double[] e = x.clone();
        Lanes.exp(e, new double[x.length], x.length);
        assertEquals(1.0, e[0]);
        assertEquals(1.0, e[1]);
        for (int i = 2; i < x.length; i++) {
            assertTrue(ulps(e[i], StrictMath.exp(x[i])) <= EXP_ULPS, "x = " + x[i] + ": " + e[i]);
        }
    }

    @Test
    void sigmoidOnTheNearZeroPath() {
        double[] z = uniform(22, -0.5, 0.5);
        double[] edges = nearZeroEdges();
        System.arraycopy(edges, 0, z, 0, edges.length);
        double[] s = sigmoid(z);
        for (int i = 0; i < z.length; i++) {
            double expected = 1 / (1 + StrictMath.exp(-z[i]));
            assertTrue(ulps(s[i], expected) <= SIGMOID_ULPS, "z = " + z[i] + ": " + s[i] + " vs " + expected);
        }
        assertEquals(0.5, s[0]);
        assertEquals(0.5, s[1]);
    }

    /**
     * Blocks of small values with one value that sends the block through the full path, at the
     * first, a middle and the last row: every entry is still right, the far one included.
     */
    @Test
    void oneFarValueInABlockOfSmallOnes() {
        double[] far = {0.5, -0.5, 3, -3, 700, -740, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] small = uniform(23, -0.5, 0.5);
        for (double value : far) {
            for (int at : new int[] {0, 100, 255}) {
                double[] x = Arrays.copyOf(small, 256);
                x[at] = value;
                x[(at + 1) % 256] = Double.NaN;
                double[] e = x.clone();
                Lanes.exp(e, new double[256], 256);
                double[] s = x.clone();
                Lanes.sigmoid(s, new double[256], 256);
                for (int i = 0; i < 256; i++) {
                    String where = "far value " + value + " at " + at + ", x[" + i + "] = " + x[i];
                    if (Double.isNaN(x[i])) {
                        assertTrue(Double.isNaN(e[i]) && Double.isNaN(s[i]), where);
                        continue;
                    }
                    assertTrue(ulps(e[i], StrictMath.exp(x[i])) <= EXP_ULPS, where + ": exp " + e[i]);
                    assertTrue(ulps(s[i], 1 / (1 + StrictMath.exp(-x[i]))) <= SIGMOID_ULPS, where + ": sigmoid " + s[i]);
                }
                if (value == Double.POSITIVE_INFINITY) {
                    assertEquals(Double.POSITIVE_INFINITY, e[at]);
                    assertEquals(1.0, s[at]);
                }
                if (value == Double.NEGATIVE_INFINITY) {
                    assertEquals(0.0, e[at]);
                    assertEquals(0.0, s[at]);
                }
            }
        }
    }

    /** A NaN does not leave the near-zero path: it stays NaN there, and its neighbours are right. */
    @Test
    void aNaNInABlockOfSmallValues() {
        double[] x = Arrays.copyOf(uniform(24, -0.5, 0.5), 300);
        x[17] = Double.NaN;
        double[] e = x.clone();
        double[] s = x.clone();
        Lanes.exp(e, new double[256], 256);
        Lanes.sigmoid(s, new double[256], 256);
        for (int i = 0; i < 256; i++) {
            if (i == 17) {
                assertTrue(Double.isNaN(e[i]), "exp(NaN) = " + e[i]);
                assertTrue(Double.isNaN(s[i]), "sigmoid(NaN) = " + s[i]);
            } else {
                assertTrue(ulps(e[i], StrictMath.exp(x[i])) <= EXP_ULPS, "x = " + x[i] + ": exp " + e[i]);
                assertTrue(ulps(s[i], 1 / (1 + StrictMath.exp(-x[i]))) <= SIGMOID_ULPS, "x = " + x[i] + ": sigmoid " + s[i]);
            }
        }
        assertArrayEquals(Arrays.copyOfRange(x, 256, 300), Arrays.copyOfRange(e, 256, 300));
        assertArrayEquals(Arrays.copyOfRange(x, 256, 300), Arrays.copyOfRange(s, 256, 300));
    }

    /** Both zeros, the largest double below 1/2, and tiny, subnormal and normal magnitudes below it. */
    private static double[] nearZeroEdges() {
        double below = Math.nextDown(0.5);
        return new double[] {
            0.0, -0.0, below, -below, 0.4999999999999999, -0.4999999999999999, 1e-300, -1e-300,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e-17, -1e-17, 1e-8, -1e-8,
            0.25, -0.25, 0.1, -0.1,
        };
    }
}
