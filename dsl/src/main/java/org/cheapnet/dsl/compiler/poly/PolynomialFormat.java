package org.cheapnet.dsl.compiler.poly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.IntFunction;

/**
 * Writes polynomials as text, canonically: the same polynomial always prints the same bytes, and
 * every coefficient parses back to exactly the double it came from.
 */
public final class PolynomialFormat {

    private PolynomialFormat() {
    }

    /**
     * The {@code hamc expand} format: one term per line, "COEFFICIENT FACTOR*FACTOR...", in
     * canonical monomial order. A factor is the atom's label followed by "^k" when k >= 2; the
     * constant term is the coefficient alone; each line ends with '\n'. The zero polynomial,
     * which has no terms, prints as the single line "0".
     */
    public static String expand(Polynomial p, VariableSpace space) {
        return expand(p, space::label);
    }

    /** As {@link #expand(Polynomial, VariableSpace)}, with atoms named by the given function. */
    public static String expand(Polynomial p, IntFunction<String> labels) {
        if (p.isZero()) {
            return "0\n";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < p.termCount(); i++) {
            text.append(decimal(p.coefficientAt(i)));
            Monomial m = p.monomial(i);
            if (!m.isConstant()) {
                text.append(' ').append(monomial(m, labels));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The factors of a monomial joined by '*', e.g. "s[0]*x^2"; "1" for the constant monomial. */
    public static String monomial(Monomial m, IntFunction<String> labels) {
        if (m.isConstant()) {
            return "1";
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < m.size(); k++) {
            if (k > 0) {
                text.append('*');
            }
            text.append(labels.apply(m.atom(k)));
            if (m.exponent(k) >= 2) {
                text.append('^').append(m.exponent(k));
            }
        }
        return text.toString();
    }

    /** A monomial with the space's labels, e.g. "s[0,1]*s[0,2]". */
    public static String monomial(Monomial m, VariableSpace space) {
        return monomial(m, space::label);
    }

    /**
     * A double as a plain decimal that parses back to exactly the same double: the shortest
     * round-trip digits, written without exponent and without a trailing ".0": 2.0 -> "2",
     * -0.25 -> "-0.25", 1.0E-5 -> "0.00001", 1.5E20 -> "150000000000000000000". Negative zero
     * is "-0"; NaN and the infinities are written as Java writes them.
     */
    public static String decimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
            return Long.toString((long) v); // the common case of integer coefficients, exact
        }
        BigDecimal digits = new BigDecimal(Double.toString(v));
        // Before JDK 19, Double.toString sometimes prints one digit more than needed (JDK-4511638).
        BigDecimal exact = new BigDecimal(v);
        for (int precision = digits.precision() - 1; precision >= 1; precision--) {
            BigDecimal shorter = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != v) {
                break;
            }
            digits = shorter;
        }
        return digits.stripTrailingZeros().toPlainString();
    }
}
