package org.cheapnet.dsl.compiler.plan.construct;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact fraction numerator / denominator of BigIntegers, always reduced with a positive
 * denominator. Every finite double is a dyadic rational, so {@link #of(double)} is exact.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** numerator / denominator, reduced. */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        return numerator.signum() == 0 ? ZERO : new Rational(numerator, denominator);
    }

    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The exact value of a finite double (through BigDecimal, which represents it exactly). */
    public static Rational of(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("not finite: " + value);
        }
        BigDecimal exact = new BigDecimal(value);
        BigInteger unscaled = exact.unscaledValue();
        int scale = exact.scale();
        return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale))
                : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public Rational plus(Rational o) {
        if (isZero()) {
            return o;
        }
        if (o.isZero()) {
            return this;
        }
        return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Rational minus(Rational o) {
        return plus(o.negate());
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    public Rational times(Rational o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Rational dividedBy(Rational o) {
        return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    /** Bits of numerator and denominator: how expensive this number is to compute with. */
    public int bitSize() {
        return numerator.bitLength() + denominator.bitLength();
    }

    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
