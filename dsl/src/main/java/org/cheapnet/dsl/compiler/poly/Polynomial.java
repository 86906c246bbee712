package org.cheapnet.dsl.compiler.poly;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * A polynomial over the atoms of a {@link VariableSpace}: a map from monomials to non-zero double
 * coefficients. Immutable; the terms are kept sorted in canonical monomial order, so iteration,
 * printing and evaluation are deterministic.
 *
 * <p>Sums of many terms belong in a {@link PolynomialBuilder}: {@link #plus} copies both operands.
 */
public final class Polynomial {

    private static final Polynomial ZERO = new Polynomial(new Monomial[0], new double[0]);
    /** Marks "keep this atom" in substitute's replacement cache (a map cannot hold null). */
    private static final Polynomial KEEP = new Polynomial(new Monomial[0], new double[0]);

    /** Sorted strictly increasing in canonical order. */
    private final Monomial[] monomials;
    /** Non-zero, parallel to monomials. */
    private final double[] coefficients;

    /** Trusted: sorted, without zero coefficients, arrays not shared. */
    Polynomial(Monomial[] monomials, double[] coefficients) {
        this.monomials = monomials;
        this.coefficients = coefficients;
    }

    public static Polynomial zero() {
        return ZERO;
    }

    public static Polynomial constant(double c) {
        return monomial(Monomial.ONE, c);
    }

    /** The polynomial x_atom. */
    public static Polynomial atom(int atom) {
        return monomial(Monomial.of(atom), 1);
    }

    /** The single term c * m (zero when c is 0). */
    public static Polynomial monomial(Monomial m, double c) {
        return c == 0 ? ZERO : new Polynomial(new Monomial[] {m}, new double[] {c});
    }

    public int termCount() {
        return monomials.length;
    }

    public boolean isZero() {
        return monomials.length == 0;
    }

    /** True for zero and for a constant. */
    public boolean isConstant() {
        return monomials.length == 0 || monomials.length == 1 && monomials[0].isConstant();
    }

    /** The coefficient of the monomial 1. */
    public double constantTerm() {
        return monomials.length > 0 && monomials[0].isConstant() ? coefficients[0] : 0;
    }

    /** The largest degree of a monomial; 0 for constants and zero. */
    public int degree() {
        // canonical order sorts by degree first
        return monomials.length == 0 ? 0 : monomials[monomials.length - 1].degree();
    }

    /** The coefficient of m, 0 if absent. */
    public double coefficient(Monomial m) {
        int i = Arrays.binarySearch(monomials, m);
        return i >= 0 ? coefficients[i] : 0;
    }

    /** The i-th monomial in canonical order. */
    public Monomial monomial(int i) {
        return monomials[i];
    }

    /** The coefficient of the i-th monomial in canonical order. */
    public double coefficientAt(int i) {
        return coefficients[i];
    }

    /** The monomials in canonical order (an unmodifiable view). */
    public List<Monomial> monomials() {
        return Collections.unmodifiableList(Arrays.asList(monomials));
    }

    /** The largest |coefficient|, 0 for zero. */
    public double maxAbsCoefficient() {
        double max = 0;
        for (double c : coefficients) {
            max = Math.max(max, Math.abs(c));
        }
        return max;
    }

    public Polynomial plus(Polynomial o) {
        return combine(o, 1);
    }

    public Polynomial minus(Polynomial o) {
        return combine(o, -1);
    }

    /** this + factor * o, by merging the two sorted term lists. */
    private Polynomial combine(Polynomial o, double factor) {
        if (o.isZero()) {
            return this;
        }
        Monomial[] m = new Monomial[monomials.length + o.monomials.length];
        double[] c = new double[m.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < monomials.length || j < o.monomials.length) {
            int order = i == monomials.length ? 1
                    : j == o.monomials.length ? -1
                    : monomials[i].compareTo(o.monomials[j]);
            double sum;
            Monomial monomial;
            if (order < 0) {
                monomial = monomials[i];
                sum = coefficients[i++];
            } else if (order > 0) {
                monomial = o.monomials[j];
                sum = factor * o.coefficients[j++];
            } else {
                monomial = monomials[i];
                sum = coefficients[i++] + factor * o.coefficients[j++];
            }
            if (sum != 0) {
                m[n] = monomial;
                c[n++] = sum;
            }
        }
        return new Polynomial(Arrays.copyOf(m, n), Arrays.copyOf(c, n));
    }

    public Polynomial negate() {
        return times(-1);
    }

    /** c times this; products that underflow to 0 are dropped. */
    public Polynomial times(double c) {
        if (c == 1) {
            return this;
        }
        Monomial[] m = new Monomial[monomials.length];
        double[] k = new double[monomials.length];
        int n = 0;
        for (int i = 0; i < monomials.length; i++) {
            double product = c * coefficients[i];
            if (product != 0) {
                m[n] = monomials[i];
                k[n++] = product;
            }
        }
        return new Polynomial(Arrays.copyOf(m, n), Arrays.copyOf(k, n));
    }

    /** The product, term by term, collected in a hash map. */
    public Polynomial times(Polynomial o) {
        if (o.isConstant()) {
            return times(o.constantTerm());
        }
        if (isConstant()) {
            return o.times(constantTerm());
        }
        PolynomialBuilder product = new PolynomialBuilder();
        for (int i = 0; i < monomials.length; i++) {
            for (int j = 0; j < o.monomials.length; j++) {
                product.add(monomials[i].times(o.monomials[j]), coefficients[i] * o.coefficients[j]);
            }
        }
        return product.build();
    }

    /** this^exponent by repeated squaring; this^0 = 1 (also for zero). */
    public Polynomial pow(int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("negative exponent " + exponent);
        }
        Polynomial result = constant(1);
        Polynomial square = this;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = result.times(square);
            }
            if (e > 1) {
                square = square.times(square);
            }
        }
        return result;
    }

    /**
     * Applies the algebra of the variables' kinds: bit^k = bit and spin^k = spin^(k mod 2) (so
     * spin^2 = 1), then collects the terms that became equal and drops zeros. Reals and lets are
     * left alone. Returns this when nothing changes.
     */
    public Polynomial reduce(VariableSpace space) {
        Monomial.ExponentRule rule = (atom, exponent) -> switch (space.kind(atom)) {
            case REAL -> exponent;
            case BIT -> 1;
            case SPIN -> exponent & 1;
        };
        Monomial[] reduced = new Monomial[monomials.length];
        boolean changed = false;
        for (int i = 0; i < monomials.length; i++) {
            reduced[i] = monomials[i].withExponents(rule);
            changed |= reduced[i] != monomials[i];
        }
        if (!changed) {
            return this;
        }
        PolynomialBuilder builder = new PolynomialBuilder();
        for (int i = 0; i < monomials.length; i++) {
            builder.add(reduced[i], coefficients[i]);
        }
        return builder.build();
    }

    /**
     * Substitutes polynomials for atoms: definitions.apply(atom) is the replacement, or null to
     * keep the atom. Powers of a replacement are computed once per call.
     */
    public Polynomial substitute(IntFunction<Polynomial> definitions) {
        return substitute(definitions, UnaryOperator.identity(), Integer.MAX_VALUE);
    }

    /**
     * As {@link #substitute(IntFunction)}, applying {@code reduce} after every multiplication
     * (so spin and bit algebra keeps intermediate products small) and throwing
     * {@link TermLimitExceeded} before any product or the result would exceed maxTerms terms.
     */
    public Polynomial substitute(IntFunction<Polynomial> definitions, UnaryOperator<Polynomial> reduce, int maxTerms) {
        Map<Integer, Polynomial> replacements = new HashMap<>();
        Map<Monomial, Polynomial> powers = new HashMap<>();
        PolynomialBuilder result = new PolynomialBuilder();
        for (int i = 0; i < monomials.length; i++) {
            Monomial m = monomials[i];
            Polynomial product = null;
            int[] keptAtoms = new int[m.size()];
            int[] keptExponents = new int[m.size()];
            int kept = 0;
            for (int k = 0; k < m.size(); k++) {
                int atom = m.atom(k);
                Polynomial replacement = replacements.computeIfAbsent(atom, a -> {
                    Polynomial r = definitions.apply(a);
                    return r == null ? KEEP : r;
                });
                if (replacement == KEEP) {
                    keptAtoms[kept] = atom;
                    keptExponents[kept++] = m.exponent(k);
                } else {
                    Monomial power = Monomial.of(atom, m.exponent(k));
                    Polynomial factor = powers.computeIfAbsent(power, p -> reduce.apply(replacement.pow(p.exponent(0))));
                    if (product != null && (long) product.termCount() * factor.termCount() > maxTerms) {
                        throw new TermLimitExceeded(maxTerms);
                    }
                    product = product == null ? factor : reduce.apply(product.times(factor));
                }
            }
            if (product == null) {
                result.add(m, coefficients[i]);
            } else {
                Monomial rest = Monomial.of(Arrays.copyOf(keptAtoms, kept), Arrays.copyOf(keptExponents, kept));
                for (int t = 0; t < product.monomials.length; t++) {
                    result.add(rest.times(product.monomials[t]), coefficients[i] * product.coefficients[t]);
                }
                if (result.termCount() > maxTerms) {
                    throw new TermLimitExceeded(maxTerms);
                }
            }
        }
        return result.build();
    }

    /** Renames atoms through the map (every atom must be mapped); terms that meet are added. */
    public Polynomial mapAtoms(IntUnaryOperator atomMap) {
        PolynomialBuilder result = new PolynomialBuilder();
        for (int i = 0; i < monomials.length; i++) {
            result.add(monomials[i].mapAtoms(atomMap), coefficients[i]);
        }
        return result.build();
    }

    /** The value at a point, summing the terms in canonical order; atomValues is indexed by atom id. */
    public double evaluate(double[] atomValues) {
        double sum = 0;
        for (int i = 0; i < monomials.length; i++) {
            Monomial m = monomials[i];
            double product = coefficients[i];
            for (int k = 0; k < m.size(); k++) {
                product *= power(atomValues[m.atom(k)], m.exponent(k));
            }
            sum += product;
        }
        return sum;
    }

    /** x^e by repeated squaring: exact products for small e, O(log e) for huge ones. */
    static double power(double x, int e) {
        double result = 1;
        for (double square = x; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= square;
            }
            if (e > 1) {
                square *= square;
            }
        }
        return result;
    }

    /** The atoms that occur, sorted (unmodifiable). */
    public Set<Integer> atoms() {
        TreeSet<Integer> atoms = new TreeSet<>();
        for (Monomial m : monomials) {
            for (int k = 0; k < m.size(); k++) {
                atoms.add(m.atom(k));
            }
        }
        return Collections.unmodifiableSet(atoms);
    }

    /** This polynomial without the terms whose |coefficient| is at most the threshold. */
    public Polynomial withoutZeros(double absoluteThreshold) {
        Monomial[] m = new Monomial[monomials.length];
        double[] c = new double[monomials.length];
        int n = 0;
        for (int i = 0; i < monomials.length; i++) {
            if (!(Math.abs(coefficients[i]) <= absoluteThreshold)) {
                m[n] = monomials[i];
                c[n++] = coefficients[i];
            }
        }
        return n == monomials.length ? this : new Polynomial(Arrays.copyOf(m, n), Arrays.copyOf(c, n));
    }

    /** Equal terms with exactly equal coefficients. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial other
                && Arrays.equals(monomials, other.monomials)
                && Arrays.equals(coefficients, other.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(monomials) + Arrays.hashCode(coefficients);
    }

    /** One term per line, "COEFFICIENT FACTOR*FACTOR...", atoms written by id ("#3"); see PolynomialFormat. */
    @Override
    public String toString() {
        return PolynomialFormat.expand(this, atom -> "#" + atom);
    }
}
