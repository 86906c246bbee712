package org.cheapnet.runtime.math;

/**
 * Activations applied in place to the first n entries of a lane array (entry r = row r of a block
 * of rows), written so that the HotSpot C2 compiler vectorizes the bulk of the work.
 *
 * <p><b>The exponential.</b> With k = rint(x / ln 2) and r = x - k ln 2 (so |r| &lt;= ln 2 / 2),
 * e^x = 2^k e^r. The kernel runs in passes over the lanes:
 * <ol>
 * <li>a loop with only arithmetic, {@link Math#fma}, {@link Math#rint}, {@link Math#min} and
 * {@link Math#max} (all of which C2 turns into vector instructions): clamp x to [-746, 710], take
 * k, reduce r = (x - k ln2_hi) - k ln2_lo (Cody-Waite: ln2_hi has 21 trailing zero bits, so
 * k ln2_hi is exact for |k| &lt; 2^21 and the first difference is exact by Sterbenz' lemma; the
 * second is one fma, so r carries one rounding), and
 * evaluate the degree 13 Taylor polynomial of e^r by Horner's rule with fma. Its truncation
 * error is below (ln2/2)^14 / 14! &lt; 4.1e-18, i.e. under 0.04 ulp of e^r; degree 12 would give
 * about 1.5 ulp, degree 11 about 50. p = e^r goes to z, k (an integer-valued double) to scratch.</li>
 * <li>a scalar loop that multiplies by 2^k. Building 2^k needs a bit reinterpretation
 * ({@link Double#longBitsToDouble}), which C2 does not vectorize, so it is kept apart. 2^k is
 * applied as 2^k1 2^k2 with k1 = floor(k/2) and k2 = k - k1: each factor is a normal double for
 * every k the clamp allows (-1076 &lt;= k &lt;= 1024), so the product overflows to +inf, and
 * underflows to a correctly rounded subnormal or 0, exactly where e^x does. The first product is
 * exact (p in [0.7, 1.42] times a normal power of two within range); only the second rounds.</li>
 * </ol>
 * The clamp keeps k in range and gives the limits: e^x = +inf for x &gt;= 710 (e^709.79 is the
 * largest finite value), e^x = 0 for x &lt;= -746 (e^-745.14 rounds to 0), e^+-inf = +inf, 0.
 * Math.min and Math.max return NaN for a NaN argument, so e^NaN = NaN (then k is NaN, its int
 * cast 0). e^0 = 1 exactly (k = 0, r = 0, p = 1).
 *
 * <p><b>The logistic function</b> sigma(z) = 1 / (1 + e^-z) is the exponential of -z (the
 * negation folded into pass 1) followed by a third, again vectorizable, loop z = 1 / (1 + z).
 * It saturates without special cases: e^-z = +inf gives 0, e^-z = 0 gives 1.
 *
 * <p>The scratch array is owned by the caller so that nothing is allocated per call; it must have
 * at least n entries and is overwritten. Entries at index n and above of both arrays are not
 * touched. Nothing is checked beyond what the array accesses check.
 */
public final class Lanes {

    /** x below this gives e^x = 0 (e^-745.14 already rounds to 0); keeps 2^k in two normal factors. */
    private static final double MIN_ARGUMENT = -746;
    /** x above this gives e^x = +inf (the largest finite e^x is at x = 709.78). */
    private static final double MAX_ARGUMENT = 710;

    private static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 cut to 32 significant bits (fdlibm's ln2HI): k * LN2_HI is exact for |k| &lt; 2^21. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    /** ln 2 - LN2_HI, rounded (the remaining error, 1.2e-26, is far below what matters here). */
    private static final double LN2_LO = 1.90821492927058770002e-10;

    /** 1/j! for j = 2..13, the Taylor coefficients of e^r. */
    private static final double C2 = 1.0 / 2;
    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    private static final double C6 = 1.0 / 720;
    private static final double C7 = 1.0 / 5040;
    private static final double C8 = 1.0 / 40320;
    private static final double C9 = 1.0 / 362880;
    private static final double C10 = 1.0 / 3628800;
    private static final double C11 = 1.0 / 39916800;
    private static final double C12 = 1.0 / 479001600;
    private static final double C13 = 1.0 / 6227020800.0;

    private Lanes() {
    }

    /** z[r] = e^{z[r]} for 0 &lt;= r &lt; n; scratch (length &gt;= n) is overwritten. */
    public static void exp(double[] z, double[] scratch, int n) {
        for (int r = 0; r < n; r++) {
            reduceAndExpand(z, scratch, r, z[r]);
        }
        scaleByPowerOfTwo(z, scratch, n);
    }

    /** z[r] = 1 / (1 + e^{-z[r]}) for 0 &lt;= r &lt; n; scratch (length &gt;= n) is overwritten. */
    public static void sigmoid(double[] z, double[] scratch, int n) {
        for (int r = 0; r < n; r++) {
            reduceAndExpand(z, scratch, r, -z[r]);
        }
        scaleByPowerOfTwo(z, scratch, n);
        for (int r = 0; r < n; r++) {
            z[r] = 1.0 / (1.0 + z[r]);
        }
    }

    /** Pass 1 for one lane: z[r] = e^(x - k ln2), scratch[r] = k. Inlined into a vector loop. */
    private static void reduceAndExpand(double[] z, double[] scratch, int r, double x) {
        double clamped = Math.min(Math.max(x, MIN_ARGUMENT), MAX_ARGUMENT);
        double k = Math.rint(clamped * INV_LN2);
        double reduced = Math.fma(-k, LN2_LO, clamped - k * LN2_HI);
        double p = Math.fma(reduced, C13, C12);
        p = Math.fma(reduced, p, C11);
        p = Math.fma(reduced, p, C10);
        p = Math.fma(reduced, p, C9);
        p = Math.fma(reduced, p, C8);
        p = Math.fma(reduced, p, C7);
        p = Math.fma(reduced, p, C6);
        p = Math.fma(reduced, p, C5);
        p = Math.fma(reduced, p, C4);
        p = Math.fma(reduced, p, C3);
        p = Math.fma(reduced, p, C2);
        p = Math.fma(reduced, p, 1.0);
        z[r] = Math.fma(reduced, p, 1.0);
        scratch[r] = k;
    }

    /** Pass 2: z[r] *= 2^k1 * 2^k2 with k = scratch[r], k1 = floor(k/2), k2 = k - k1. */
    private static void scaleByPowerOfTwo(double[] z, double[] scratch, int n) {
        for (int r = 0; r < n; r++) {
            int k = (int) scratch[r];
            int k1 = k >> 1;
            int k2 = k - k1;
            z[r] = z[r] * powerOfTwo(k1) * powerOfTwo(k2);
        }
    }

    /** 2^j for a j with a normal result (-1022 &lt;= j &lt;= 1023), from its exponent bits. */
    private static double powerOfTwo(int j) {
        return Double.longBitsToDouble((long) (j + 1023) << 52);
    }
}
