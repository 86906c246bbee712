package org.cheapnet.dsl.compiler.network;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The natural scale of LANGUAGE.md's relative error: S = sum_k |c_k| max |m_k| over the declared
 * domain, for H = sum_k c_k m_k expanded (a real's bound is max(|lo|, |hi|), a bit's or spin's 1).
 */
public final class ErrorScale {

    private ErrorScale() {
    }

    /**
     * S of an expanded polynomial, or 1 for the zero polynomial (whose relative error is then
     * the absolute error).
     *
     * @throws IllegalArgumentException if the polynomial reads a let (it must be expanded)
     */
    public static double of(Polynomial expanded, VariableSpace space) {
        double s = 0;
        for (int k = 0; k < expanded.termCount(); k++) {
            s += Math.abs(expanded.coefficientAt(k)) * maxAbs(expanded.monomial(k), space);
        }
        return s > 0 ? s : 1;
    }

    private static double maxAbs(Monomial m, VariableSpace space) {
        double max = 1;
        for (int i = 0; i < m.size(); i++) {
            int atom = m.atom(i);
            if (!space.isInput(atom)) {
                throw new IllegalArgumentException("the polynomial is not expanded: it reads the let " + space.label(atom));
            }
            max *= Math.pow(space.bound(atom), m.exponent(i));
        }
        return max;
    }
}
