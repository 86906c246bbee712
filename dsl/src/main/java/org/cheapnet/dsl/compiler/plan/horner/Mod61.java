package org.cheapnet.dsl.compiler.plan.horner;

/**
 * Arithmetic modulo the Mersenne prime p = 2^61 - 1, for hashing sub-polynomials: a polynomial
 * sum c_t m_t hashes to sum phi(c_t) r(m_t), with r(x^e y^f) = rho_x^e rho_y^f for random rho.
 * phi maps a double (a dyadic rational) to its residue, a ring homomorphism on the rationals whose
 * denominators are prime to p, so proportional polynomials have proportional hashes.
 */
final class Mod61 {

    static final long P = (1L << 61) - 1;

    private Mod61() {
    }

    /** a * b mod p, for a, b in [0, p). */
    static long mul(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        // a b = high 2^64 + low = (high << 3 | low >>> 61) 2^61 + (low & p), and 2^61 = 1
        return reduce(((high << 3) | (low >>> 61)) + (low & P));
    }

    static long add(long a, long b) {
        return reduce(a + b);
    }

    static long sub(long a, long b) {
        return reduce(a - b + P);
    }

    static long pow(long base, long exponent) {
        long result = 1;
        for (long b = base; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) != 0) {
                result = mul(result, b);
            }
            b = mul(b, b);
        }
        return result;
    }

    /** The inverse of a non-zero residue (Fermat). */
    static long inverse(long a) {
        return pow(a, P - 2);
    }

    /** The residue of a finite double, exactly: |c| = m 2^k with m an integer below 2^53. */
    static long of(double c) {
        if (c == 0) {
            return 0;
        }
        if (!Double.isFinite(c)) {
            throw new IllegalArgumentException("not a finite coefficient: " + c);
        }
        int k = Math.getExponent(c) - 52;
        long m = (long) Math.scalb(Math.abs(c), -k);
        if (Math.getExponent(c) < Double.MIN_EXPONENT) { // subnormal: the mantissa is already an integer times 2^-1074
            k = -1074;
            m = (long) Math.scalb(Math.abs(c), 1074);
        }
        long residue = mul(m % P, pow(2, Math.floorMod(k, 61))); // 2^61 = 1
        return c < 0 ? sub(0, residue) : residue;
    }

    private static long reduce(long x) {
        long r = (x & P) + (x >>> 61);
        return r >= P ? r - P : r;
    }
}
