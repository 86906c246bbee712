package org.cheapnet.dsl.compiler.plan.construct;

import java.util.Optional;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * A polynomial of degree <= 2 in inputs 0..n-1 as f(x) = x^T Q x + l.x + c, Q symmetric:
 * Q_ii is the coefficient of x_i^2 and Q_ij = Q_ji half the coefficient of x_i x_j.
 *
 * @param matrix   Q (n x n, symmetric)
 * @param linear   l
 * @param constant c
 */
public record QuadraticPart(double[][] matrix, double[] linear, double constant) {

    /** Empty when p has degree > 2 or an atom that is not an input below inputCount. */
    public static Optional<QuadraticPart> of(Polynomial p, int inputCount) {
        if (p.degree() > 2 || !Polynomials.overInputs(p, inputCount)) {
            return Optional.empty();
        }
        double[][] q = new double[inputCount][inputCount];
        double[] l = new double[inputCount];
        for (int t = 0; t < p.termCount(); t++) {
            Monomial m = p.monomial(t);
            double c = p.coefficientAt(t);
            if (m.degree() == 1) {
                l[m.atom(0)] += c;
            } else if (m.degree() == 2 && m.size() == 1) {
                q[m.atom(0)][m.atom(0)] += c;
            } else if (m.degree() == 2) {
                q[m.atom(0)][m.atom(1)] += c / 2;
                q[m.atom(1)][m.atom(0)] += c / 2;
            }
        }
        return Optional.of(new QuadraticPart(q, l, p.constantTerm()));
    }
}
