package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Lowers max(p, q) of a lifted form by using all its freedom: f fixes, for each monomial m
 * outside z, only the sum of the entries G_ab with z_a z_b = m (any split of m will do), and
 * nothing for a monomial in z (the linear part takes the rest). These G form an affine space;
 * alternating projections between it and the matrices with at most r positive and r negative
 * eigenvalues look for a member with max(p, q) <= r, for r = current - 1, current - 2, ...
 * Heuristic: it stops at the first r it cannot reach.
 */
final class SignatureDescent {

    private static final int ITERATIONS = 3000;
    /** Give up when the excess eigenvalues have not shrunk by 30 % over this many iterations. */
    private static final int PATIENCE = 100;
    /** Eigenvalues beyond the target must fall below this fraction of the largest. */
    private static final double CONVERGED = 1e-13;
    /** Iterations times size^3 allowed per descent, over all targets r. */
    private static final double WORK = 5e7;
    /** Skip forms larger than this (each iteration is an eigen-decomposition). */
    static final int MAX_SIZE = 40;

    /** One constraint: sum of weight * G_ab over its pairs (a <= b) = target, or free (target NaN). */
    private record Group(Monomial monomial, List<int[]> pairs, double target) {
        boolean isFree() {
            return Double.isNaN(target);
        }
    }

    private SignatureDescent() {
    }

    /** A form of f over the same basis with max(p, q) as low as the search reaches (maybe the given one). */
    static LiftedForm descend(Polynomial p, LiftedForm start, int startCost) {
        List<Monomial> z = start.basis().z();
        int n = z.size();
        if (n > MAX_SIZE) {
            return start;
        }
        List<Group> groups = groups(p, z);
        double[][] best = start.g();
        int[] budget = { (int) Math.min(Integer.MAX_VALUE, WORK / ((double) n * n * n)) };
        for (int r = startCost - 1; r >= 1; r--) {
            double[][] g = search(best, groups, r, budget);
            if (g == null) {
                break;
            }
            best = g;
        }
        return best == start.g() ? start : form(p, start, best, groups);
    }

    /** A member of the affine space with max(p, q) <= r near start, or null; spends budget[0] iterations. */
    private static double[][] search(double[][] start, List<Group> groups, int r, int[] budget) {
        int n = start.length;
        DMatrixRMaj g = new DMatrixRMaj(start);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        double checkpoint = Double.MAX_VALUE;
        for (int it = 0; it < ITERATIONS && budget[0] > 0; it++, budget[0]--) {
            if (!eig.decompose(g.copy())) {
                return null;
            }
            Integer[] order = new Integer[n];
            double largest = 0;
            for (int k = 0; k < n; k++) {
                order[k] = k;
                largest = Math.max(largest, Math.abs(eig.getEigenvalue(k).real));
            }
            Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
            // eigenvalues beyond the r largest and r smallest are dropped
            double beyond = 0;
            DMatrixRMaj h = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                int k = order[i];
                double lambda = eig.getEigenvalue(k).real;
                boolean kept = i < r && lambda > 0 || i >= n - r && lambda < 0;
                if (!kept) {
                    beyond = Math.max(beyond, Math.abs(lambda));
                    continue;
                }
                double[] u = eig.getEigenVector(k).data;
                for (int a = 0; a < n; a++) {
                    for (int b = a; b < n; b++) {
                        double v = lambda * u[a] * u[b];
                        h.data[a * n + b] += v;
                        if (a != b) {
                            h.data[b * n + a] += v;
                        }
                    }
                }
            }
            double excess = beyond / Math.max(largest, Double.MIN_NORMAL);
            if (excess <= CONVERGED) {
                return toArray(g);
            }
            if (it % PATIENCE == 0) {
                if (excess > 0.7 * checkpoint) {
                    return null; // stagnating: r is out of reach from here
                }
                checkpoint = excess;
            }
            project(h, groups);
            g = h;
        }
        return null;
    }

    /** The nearest member of the affine space (Frobenius): each constrained group shifted by a common amount. */
    private static void project(DMatrixRMaj g, List<Group> groups) {
        int n = g.numRows;
        for (Group group : groups) {
            if (group.isFree()) {
                continue;
            }
            double sum = 0;
            double weights = 0;
            for (int[] ab : group.pairs()) {
                double w = ab[0] == ab[1] ? 1 : 2;
                sum += w * g.data[ab[0] * n + ab[1]];
                weights += w;
            }
            double t = (group.target() - sum) / weights;
            for (int[] ab : group.pairs()) {
                g.data[ab[0] * n + ab[1]] += t;
                if (ab[0] != ab[1]) {
                    g.data[ab[1] * n + ab[0]] += t;
                }
            }
        }
    }

    private static List<Group> groups(Polynomial p, List<Monomial> z) {
        Map<Monomial, List<int[]>> pairs = new HashMap<>();
        for (int a = 0; a < z.size(); a++) {
            for (int b = a; b < z.size(); b++) {
                pairs.computeIfAbsent(z.get(a).times(z.get(b)), m -> new ArrayList<>()).add(new int[] { a, b });
            }
        }
        List<Group> groups = new ArrayList<>();
        pairs.forEach((m, list) -> groups.add(new Group(m, list, z.contains(m) ? Double.NaN : p.coefficient(m))));
        return groups;
    }

    /** The form with G = g and the linear part that makes it equal f. */
    private static LiftedForm form(Polynomial p, LiftedForm start, double[][] g, List<Group> groups) {
        Map<Monomial, Double> linear = new HashMap<>();
        for (Monomial w : start.basis().z()) {
            linear.put(w, p.coefficient(w));
        }
        for (Group group : groups) {
            if (group.isFree()) {
                double s = 0;
                for (int[] ab : group.pairs()) {
                    s += (ab[0] == ab[1] ? 1 : 2) * g[ab[0]][ab[1]];
                }
                linear.merge(group.monomial(), -s, Double::sum);
            }
        }
        return new LiftedForm(start.basis(), g, start.free(), Map.copyOf(linear), start.constant());
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }
}
