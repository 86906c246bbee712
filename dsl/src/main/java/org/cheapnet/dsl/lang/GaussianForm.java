package org.cheapnet.dsl.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * A quadratic H = 1/2 x^T A x + b^T x + c over real variables, as normalize gaussian needs it:
 * A is read off the degree-2 coefficients (A_ii = 2 c_ii, A_ij = A_ji = c_ij) and must be
 * positive definite (a Cholesky factorization exists).
 */
public final class GaussianForm {
	/** Smallest pivot, relative to the largest |A_ij|, that counts as positive. */
	private static final double PIVOT_TOLERANCE = 1e-12;

	private GaussianForm() {
	}

	/** Why h cannot be normalized as a Gaussian, or null when it can. */
	public static String problem(Polynomial h, VariableSpace space) {
		if (h.degree() > 2) {
			return "has degree " + h.degree() + "; a Gaussian needs degree 2";
		}
		List<Integer> atoms = List.copyOf(h.atoms());
		for (int atom : atoms) {
			if (space.kind(atom) != VariableKind.REAL) {
				return "reads " + space.label(atom) + ", which is not real";
			}
		}
		if (atoms.isEmpty() || !choleskyExists(quadraticPart(h, atoms))) {
			return "has a quadratic part 1/2 x^T A x whose A is not positive definite";
		}
		return null;
	}

	/** A with rows and columns in the order of atoms. */
	public static DMatrixRMaj quadraticPart(Polynomial h, List<Integer> atoms) {
		int n = atoms.size();
		Map<Integer, Integer> index = indexOf(atoms);
		DMatrixRMaj a = new DMatrixRMaj(n, n);
		for (Monomial m : h.monomials()) {
			if (m.degree() != 2) {
				continue;
			}
			double c = h.coefficient(m);
			if (m.size() == 1) {
				int i = index.get(m.atom(0));
				a.set(i, i, 2 * c);
			} else {
				int i = index.get(m.atom(0));
				int j = index.get(m.atom(1));
				a.set(i, j, c);
				a.set(j, i, c);
			}
		}
		return a;
	}

	/**
	 * A = L L^T with every pivot L_ii^2 (the Schur complements, whose product is det A) above
	 * 1e-12 max|A_ij|: a singular, positive semi-definite A also factors, with a zero pivot, but
	 * its Gaussian integral diverges.
	 */
	/** Position of each atom in the list (so that reading A is linear in the terms). */
	public static Map<Integer, Integer> indexOf(List<Integer> atoms) {
		Map<Integer, Integer> index = new HashMap<>();
		for (int k = 0; k < atoms.size(); k++) {
			index.put(atoms.get(k), k);
		}
		return index;
	}

	private static boolean choleskyExists(DMatrixRMaj a) {
		CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(a.numRows, true);
		if (!cholesky.decompose(a.copy())) {
			return false;
		}
		DMatrixRMaj l = cholesky.getT(null);
		double threshold = PIVOT_TOLERANCE * CommonOps_DDRM.elementMaxAbs(a);
		for (int i = 0; i < a.numRows; i++) {
			if (!(l.get(i, i) * l.get(i, i) > threshold)) {
				return false;
			}
		}
		return true;
	}
}
