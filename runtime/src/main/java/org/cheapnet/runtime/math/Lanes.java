package org.cheapnet.runtime.math;

/**
 * Activations applied in place to the first n entries of a lane array (entry r = row r of a block
 * of rows), written so that the HotSpot C2 compiler vectorizes the bulk of the work.
 *
 * <p><b>The exponential.</b> With k = rint(x / ln 2) and r = x - k ln 2 (so |r| &lt;= ln 2 / 2),
 * e^x = 2^k e^r. The kernel runs in passes over the lanes:
 * <ol>
 * <li>a loop with only arithmetic, {@link Math#fma} and {@link Math#rint} (which C2 turns into
 * vector instructions): take k, reduce r = (x - k ln2_hi) - k ln2_lo (Cody-Waite: ln2_hi has 21
 * trailing zero bits, so k ln2_hi is exact for |k| &lt; 2^21 and the first difference is exact by
 * Sterbenz' lemma; the second is one fma, so r carries one rounding), and evaluate the degree 13
 * Taylor polynomial of e^r by Horner's rule with fma. Its truncation error is below
 * (ln2/2)^14 / 14! &lt; 4.1e-18, i.e. under 0.04 ulp of e^r; degree 12 would give about 1.5 ulp,
 * degree 11 about 50. p = e^r goes to z, k (an integer-valued double) to scratch.</li>
 * <li>a scalar loop that multiplies by 2^k. Building 2^k needs a bit reinterpretation
 * ({@link Double#longBitsToDouble}), which C2 does not vectorize, so it is kept apart. For
 * -1022 &lt;= k &lt;= 1023 (-708.7 &lt; x &lt; 709.4, roughly) 2^k is one normal double and the product is exact
 * (p lies in [0.7, 1.42]) unless it overflows. Otherwise a branch, rarely taken and so cheap
 * for the branch predictor, decides: k &gt; 1024 means x &gt; 710.1, e^x = +inf; k &lt; -1076
 * means x &lt; -746.2, e^x = 0; in between 2^k is applied as 2^k1 2^k2 with k1 = floor(k/2),
 * k2 = k - k1, both normal, so the product overflows to +inf, or underflows to a subnormal or 0
 * with a single rounding, exactly where e^x does.</li>
 * </ol>
 * The range test on k replaces a clamp of x in pass 1 (Math.min and Math.max vectorize, but to
 * a sequence that handles NaN and -0.0 and cost about as much as the polynomial): for
 * |x| &gt; 746.2, where r may be meaningless, k is outside [-1076, 1024] and p is not used.
 * Special values: x = +inf gives k = +inf, (int) k = Integer.MAX_VALUE, e^x = +inf; x = -inf
 * gives 0; x = NaN gives k = NaN, (int) k = 0, and p = NaN stays NaN. e^0 = 1 exactly (k = 0,
 * r = 0, p = 1). Measured against 120-bit arithmetic the result is faithful (max 0.85 ulp).
 *
 * <p><b>Near zero</b> (the usual case for the smooth gates, whose neurons read l (u + v) with a
 * small l) the block needs no range reduction: if every |x| &lt; 1/2, e^x is the degree 15
 * Taylor polynomial, whose truncation error is below (1/2)^16 / 16! &lt; 7.3e-19, under 0.01 ulp
 * of e^x &gt;= 0.6, in one pass. One x of 1/2 or more in the block (or an infinity) sends the
 * whole block through passes 1 and 2. The test, a first loop before either, is an int OR of
 * (int) (2 |x|) over the block, which C2 vectorizes (about 0.1 ns per row; measured at 256 rows:
 * 0.9 ns per exponential near 0, 2.2 ns otherwise, against 5.3 ns for Math.exp).
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

    /** The exponents k with 2^k a normal double: one factor, no overflow in building it. */
    private static final int MIN_NORMAL_EXPONENT = Double.MIN_EXPONENT;
    private static final int MAX_NORMAL_EXPONENT = Double.MAX_EXPONENT;
    /** k above this means x &gt; 710.1, e^x = +inf (the largest finite e^x is at x = 709.78). */
    private static final int MAX_FINITE_K = 1024;
    /** k below this means x &lt; -746.2, e^x = 0 (e^-745.14 already rounds to 0). */
    private static final int MIN_NONZERO_K = -1076;

    private static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 cut to 32 significant bits (fdlibm's ln2HI): k * LN2_HI is exact for |k| &lt; 2^21. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    /** ln 2 - LN2_HI, rounded (the remaining error, 1.2e-26, is far below what matters here). */
    private static final double LN2_LO = 1.90821492927058770002e-10;

    /** 1/j! for j = 2..15, the Taylor coefficients of e^x. */
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
    private static final double C14 = 1.0 / 87178291200.0;
    private static final double C15 = 1.0 / 1307674368000.0;

    private Lanes() {
    }

    /** z[r] = e^{z[r]} for 0 &lt;= r &lt; n; scratch (length &gt;= n) is overwritten. */
    public static void exp(double[] z, double[] scratch, int n) {
        exponential(z, scratch, n, 1.0);
    }

    /** z[r] = 1 / (1 + e^{-z[r]}) for 0 &lt;= r &lt; n; scratch (length &gt;= n) is overwritten. */
    public static void sigmoid(double[] z, double[] scratch, int n) {
        exponential(z, scratch, n, -1.0);
        for (int r = 0; r < n; r++) {
            z[r] = 1.0 / (1.0 + z[r]);
        }
    }

    /**
     * z[r] = e^(sign z[r]): if every |z[r]| &lt; 1/2 (or is NaN), the degree 15 Taylor polynomial
     * (see the class comment) in one pass; otherwise passes 1 and 2.
     */
    private static void exponential(double[] z, double[] scratch, int n, double sign) {
        int far = 0;
        for (int r = 0; r < n; r++) {
            far |= (int) (Math.abs(z[r]) * 2.0); // 0 iff |z| < 1/2 or z is NaN; an infinity gives Integer.MAX_VALUE
        }
        if (far == 0) {
            for (int r = 0; r < n; r++) {
                z[r] = nearZero(sign * z[r]);
            }
            return;
        }
        for (int r = 0; r < n; r++) {
            reduceAndExpand(z, scratch, r, sign * z[r]);
        }
        scaleByPowerOfTwo(z, scratch, n);
    }

    /** e^x for |x| &lt; 1/2: the Taylor polynomial of degree 15. */
    private static double nearZero(double x) {
        return taylor(x, Math.fma(x, Math.fma(x, C15, C14), C13));
    }

    /**
     * 1 + x + C2 x^2 + ... + C12 x^12 + tail x^13 by Horner's rule with fma: the Taylor polynomial
     * of e^x of degree 13 for tail = C13, longer with the higher terms folded into tail.
     */
    private static double taylor(double x, double tail) {
        double p = Math.fma(x, tail, C12);
        p = Math.fma(x, p, C11);
        p = Math.fma(x, p, C10);
        p = Math.fma(x, p, C9);
        p = Math.fma(x, p, C8);
        p = Math.fma(x, p, C7);
        p = Math.fma(x, p, C6);
        p = Math.fma(x, p, C5);
        p = Math.fma(x, p, C4);
        p = Math.fma(x, p, C3);
        p = Math.fma(x, p, C2);
        p = Math.fma(x, p, 1.0);
        return Math.fma(x, p, 1.0);
    }

    /** Pass 1 for one lane: z[r] = e^(x - k ln2), scratch[r] = k. Inlined into a vector loop. */
    private static void reduceAndExpand(double[] z, double[] scratch, int r, double x) {
        double k = Math.rint(x * INV_LN2);
        double reduced = Math.fma(-k, LN2_LO, x - k * LN2_HI);
        z[r] = taylor(reduced, C13);
        scratch[r] = k;
    }

    /** Pass 2: z[r] *= 2^k with k = scratch[r], as described in the class comment. */
    private static void scaleByPowerOfTwo(double[] z, double[] scratch, int n) {
        for (int r = 0; r < n; r++) {
            int k = (int) scratch[r];
            if (k >= MIN_NORMAL_EXPONENT && k <= MAX_NORMAL_EXPONENT) {
                z[r] *= powerOfTwo(k);
            } else {
                z[r] = scaleAtTheEdges(z[r], k);
            }
        }
    }

    /** p * 2^k for k outside the normal exponents: +inf, 0, or two normal factors 2^k1 2^k2. */
    private static double scaleAtTheEdges(double p, int k) {
        if (k > MAX_FINITE_K) {
            return Double.POSITIVE_INFINITY;
        }
        if (k < MIN_NONZERO_K) {
            return 0.0;
        }
        int k1 = k >> 1;
        return p * powerOfTwo(k1) * powerOfTwo(k - k1);
    }

    /** 2^j for a j with a normal result (-1022 &lt;= j &lt;= 1023), from its exponent bits. */
    private static double powerOfTwo(int j) {
        return Double.longBitsToDouble((long) (j + 1023) << 52);
    }
}
