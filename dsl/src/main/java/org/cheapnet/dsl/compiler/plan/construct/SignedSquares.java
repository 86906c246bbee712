package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A quadratic form z^T G z as signed squares, G = sum_k lambda_k u_k u_k^T (symmetric
 * eigen-decomposition), emitted into a plan: with {@link Objective#MULTIPLICATIONS} a positive
 * and a negative square are paired, lambda a^2 - mu b^2 = (sqrt(lambda) a - sqrt(mu) b)
 * (sqrt(lambda) a + sqrt(mu) b), so max(p, q) products; with {@link Objective#NEURONS} every
 * square is its own squaring, p + q of them.
 *
 * @param eigenvalues  the non-zero eigenvalues kept
 * @param eigenvectors their unit eigenvectors (rows)
 */
record SignedSquares(double[] eigenvalues, double[][] eigenvectors) {

    /** Eigenvalues below this fraction of the largest |eigenvalue| are taken as zero. */
    static final double RELATIVE_ZERO = 1e-11;
    /** Eigenvector entries below this fraction of the largest entry are dropped (keeps operands sparse). */
    private static final double NEGLIGIBLE_WEIGHT = 1e-13;

    /**
     * The decomposition of a symmetric matrix; zeroCount >= 0 says how many eigenvalues are zero
     * (known exactly, e.g. from {@link Inertia}): the zeroCount smallest in magnitude are dropped;
     * zeroCount < 0 drops those below {@link #RELATIVE_ZERO} of the largest.
     */
    static SignedSquares of(double[][] g, int zeroCount) {
        int n = g.length;
        if (n == 0) {
            return new SignedSquares(new double[0], new double[0][]);
        }
        DMatrixRMaj a = new DMatrixRMaj(g);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(a)) {
            throw new ArithmeticException("eigen-decomposition failed");
        }
        List<Integer> order = new ArrayList<>();
        double largest = 0;
        for (int k = 0; k < n; k++) {
            order.add(k);
            largest = Math.max(largest, Math.abs(eig.getEigenvalue(k).real));
        }
        order.sort(Comparator.comparingDouble(k -> -Math.abs(eig.getEigenvalue(k).real)));
        int kept = zeroCount >= 0 ? n - zeroCount : 0;
        if (zeroCount < 0) {
            while (kept < n && Math.abs(eig.getEigenvalue(order.get(kept)).real) > RELATIVE_ZERO * largest) {
                kept++;
            }
        }
        double[] values = new double[kept];
        double[][] vectors = new double[kept][];
        for (int i = 0; i < kept; i++) {
            values[i] = eig.getEigenvalue(order.get(i)).real;
            vectors[i] = eig.getEigenVector(order.get(i)).data.clone();
        }
        return new SignedSquares(values, vectors);
    }

    int positive() {
        return (int) java.util.Arrays.stream(eigenvalues).filter(v -> v > 0).count();
    }

    int negative() {
        return eigenvalues.length - positive();
    }

    /** Products the objective needs: max(p, q) or p + q. */
    int cost(Objective objective) {
        return objective == Objective.MULTIPLICATIONS ? Math.max(positive(), negative()) : eigenvalues.length;
    }

    /**
     * Appends the products for z^T G z, z given as linear forms of plan values, and returns the
     * linear form of plan values that equals z^T G z.
     */
    LinearForm emit(List<LinearForm> z, ProgramBuilder program, Objective objective) {
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int k = 0; k < eigenvalues.length; k++) {
            (eigenvalues[k] > 0 ? pos : neg).add(k);
        }
        LinearForm.Builder sum = new LinearForm.Builder();
        int paired = objective == Objective.MULTIPLICATIONS ? Math.min(pos.size(), neg.size()) : 0;
        for (int i = 0; i < paired; i++) {
            // sqrt(lambda) a - sqrt(mu) b and sqrt(lambda) a + sqrt(mu) b
            LinearForm a = direction(pos.get(i), z).times(Math.sqrt(eigenvalues[pos.get(i)]));
            LinearForm b = direction(neg.get(i), z).times(Math.sqrt(-eigenvalues[neg.get(i)]));
            sum.addTerm(program.product(a.combine(b, -1), a.plus(b)), 1);
        }
        List<Integer> single = new ArrayList<>(pos.subList(paired, pos.size()));
        single.addAll(neg.subList(paired, neg.size()));
        for (int k : single) {
            sum.addTerm(program.square(direction(k, z)), eigenvalues[k]);
        }
        return sum.build();
    }

    /** u_k . z as a linear form of plan values. */
    private LinearForm direction(int k, List<LinearForm> z) {
        double[] u = eigenvectors[k];
        double max = java.util.Arrays.stream(u).map(Math::abs).max().orElse(0);
        LinearForm.Builder form = new LinearForm.Builder();
        for (int i = 0; i < u.length; i++) {
            if (Math.abs(u[i]) > NEGLIGIBLE_WEIGHT * max) {
                form.add(z.get(i), u[i]);
            }
        }
        return form.build();
    }
}
