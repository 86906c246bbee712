package org.cheapnet.dsl.compiler.poly;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A mutable accumulator for big sums: a hash map from monomial to coefficient, so that adding
 * 10^5..10^6 terms costs O(n); the terms are sorted once, by {@link #build()}.
 *
 * <p>Coefficients of one monomial are added in the order the terms arrive, so a deterministic
 * sequence of additions gives a bit-for-bit deterministic result.
 */
public final class PolynomialBuilder {

    /** A coefficient being summed; mutable to avoid boxing on every addition. */
    private static final class Sum {
        double value;
    }

    private final Map<Monomial, Sum> terms = new HashMap<>();

    public PolynomialBuilder add(Polynomial p) {
        return add(p, 1);
    }

    /** Adds factor * p. */
    public PolynomialBuilder add(Polynomial p, double factor) {
        for (int i = 0; i < p.termCount(); i++) {
            add(p.monomial(i), factor * p.coefficientAt(i));
        }
        return this;
    }

    /** Adds c * m. */
    public PolynomialBuilder add(Monomial m, double c) {
        if (c != 0) {
            terms.computeIfAbsent(m, k -> new Sum()).value += c;
        }
        return this;
    }

    /** The number of distinct monomials added so far (including any that have cancelled to 0). */
    public int termCount() {
        return terms.size();
    }

    /** The sum so far, without the terms that cancelled exactly, in canonical order. */
    public Polynomial build() {
        Monomial[] monomials = new Monomial[terms.size()];
        int n = 0;
        for (Map.Entry<Monomial, Sum> term : terms.entrySet()) {
            if (term.getValue().value != 0) {
                monomials[n++] = term.getKey();
            }
        }
        monomials = Arrays.copyOf(monomials, n);
        Arrays.sort(monomials);
        double[] coefficients = new double[n];
        for (int i = 0; i < n; i++) {
            coefficients[i] = terms.get(monomials[i]).value;
        }
        return new Polynomial(monomials, coefficients);
    }
}
