package org.cheapnet.dsl.compiler.analysis;

import org.cheapnet.dsl.compiler.poly.Monomial;

/**
 * The outcome of checking a symmetry: it holds; or it fails, with a witness (a monomial, its
 * image under a generator of the symmetry and their coefficients, 0 for an image that is
 * absent); or it does not apply to the polynomial, with the reason (then holds is false too).
 */
public record SymmetryCheck(boolean holds, Monomial monomial, Monomial image, double coefficient,
        double imageCoefficient, String notApplicable) {

    private static final SymmetryCheck OK = new SymmetryCheck(true, null, null, 0, 0, null);

    /** The symmetry holds. */
    public static SymmetryCheck ok() {
        return OK;
    }

    /** The symmetry fails: coefficient(monomial) differs from coefficient(image). */
    public static SymmetryCheck violated(Monomial monomial, Monomial image, double coefficient,
            double imageCoefficient) {
        return new SymmetryCheck(false, monomial, image, coefficient, imageCoefficient, null);
    }

    /** The symmetry cannot be checked on this polynomial, for the given reason. */
    public static SymmetryCheck notApplicable(String reason) {
        return new SymmetryCheck(false, null, null, 0, 0, reason);
    }

    /** False when the symmetry does not apply (there is a reason, and no witness). */
    public boolean applicable() {
        return notApplicable == null;
    }
}
