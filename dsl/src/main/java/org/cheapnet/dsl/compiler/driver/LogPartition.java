package org.cheapnet.dsl.compiler.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.lang.GaussianForm;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * ln Z_y = ln sum_x exp(-H_y(x)), so that H_y + ln Z_y = -ln p(x | y) (LANGUAGE.md, Classifiers).
 * Both sums run over the variables the classes read together (the validator has checked the
 * state count, the kinds and definiteness).
 */
public final class LogPartition {
    /** normalize exact enumerates at most 2^24 states. */
    public static final int MAX_EXACT_VARIABLES = 24;

    private LogPartition() {
    }

    /** At most 2^24 states, all bits and spins (LANGUAGE.md). */
    public static boolean exactIsFeasible(List<Polynomial> hamiltonians, VariableSpace space) {
        TreeSet<Integer> atoms = atomsRead(hamiltonians);
        return atoms.size() <= MAX_EXACT_VARIABLES && atoms.stream().allMatch(a -> space.kind(a) != VariableKind.REAL);
    }

    /** normalize exact: every state of the bits and spins read, summed stably (running log-sum-exp). */
    public static double[] exact(List<Polynomial> hamiltonians, VariableSpace space) {
        int[] atoms = atomsRead(hamiltonians).stream().mapToInt(Integer::intValue).toArray();
        double[] x = new double[space.inputCount()];
        double[] max = new double[hamiltonians.size()];
        double[] sum = new double[hamiltonians.size()];
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (long state = 0; state < 1L << atoms.length; state++) {
            for (int k = 0; k < atoms.length; k++) {
                boolean set = (state >> k & 1) == 1;
                x[atoms[k]] = switch (space.kind(atoms[k])) {
                case BIT -> set ? 1 : 0;
                default -> set ? 1 : -1;
                };
            }
            for (int y = 0; y < hamiltonians.size(); y++) {
                double v = -hamiltonians.get(y).evaluate(x);
                if (v > max[y]) {
                    sum[y] = sum[y] * Math.exp(max[y] - v) + 1;
                    max[y] = v;
                } else {
                    sum[y] += Math.exp(v - max[y]);
                }
            }
        }
        double[] logZ = new double[hamiltonians.size()];
        for (int y = 0; y < logZ.length; y++) {
            logZ[y] = max[y] + Math.log(sum[y]);
        }
        return logZ;
    }

    /**
     * normalize gaussian: for H = 1/2 x^T A x + b^T x + c over R^n,
     * ln Z = n/2 ln(2 pi) - 1/2 ln det A + 1/2 b^T A^-1 b - c (det by Cholesky, stable for large n).
     */
    public static double[] gaussian(List<Polynomial> hamiltonians) {
        List<Integer> atoms = new ArrayList<>(atomsRead(hamiltonians));
        int n = atoms.size();
        double[] logZ = new double[hamiltonians.size()];
        for (int y = 0; y < logZ.length; y++) {
            Polynomial h = hamiltonians.get(y);
            DMatrixRMaj a = GaussianForm.quadraticPart(h, atoms);
            var index = GaussianForm.indexOf(atoms);
            DMatrixRMaj b = new DMatrixRMaj(n, 1);
            for (Monomial m : h.monomials()) {
                if (m.degree() == 1) {
                    b.set(index.get(m.atom(0)), 0, h.coefficient(m));
                }
            }
            CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(n, true);
            if (!cholesky.decompose(a.copy())) {
                throw new IllegalArgumentException("A is not positive definite");
            }
            DMatrixRMaj lower = cholesky.getT(null);
            double logDet = 0;
            for (int i = 0; i < n; i++) {
                logDet += 2 * Math.log(lower.get(i, i));
            }
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(n);
            solver.setA(a.copy());
            DMatrixRMaj aInverseB = new DMatrixRMaj(n, 1);
            solver.solve(b, aInverseB);
            double bAb = 0;
            for (int i = 0; i < n; i++) {
                bAb += b.get(i, 0) * aInverseB.get(i, 0);
            }
            logZ[y] = n / 2.0 * Math.log(2 * Math.PI) - logDet / 2 + bAb / 2 - h.constantTerm();
        }
        return logZ;
    }

    private static TreeSet<Integer> atomsRead(List<Polynomial> hamiltonians) {
        TreeSet<Integer> atoms = new TreeSet<>();
        hamiltonians.forEach(h -> atoms.addAll(h.atoms()));
        return atoms;
    }
}
