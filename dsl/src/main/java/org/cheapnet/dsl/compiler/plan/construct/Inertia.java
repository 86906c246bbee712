package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * The exact inertia of a real symmetric matrix: how many eigenvalues are positive, negative and
 * zero. Computed over the rationals (Sylvester's law of inertia) by symmetric Gaussian
 * elimination, a congruence S^T A S that keeps the inertia: eliminate with a non-zero diagonal
 * pivot; when every remaining diagonal entry is zero but some a_ij is not, first add row and
 * column j to row and column i, which makes the new diagonal entry 2 a_ij non-zero. Doubles are
 * converted exactly, so the result is the inertia of the matrix of doubles as given.
 *
 * <p>For f = x^T Q x + l.x + c, max(positive, negative) of Q is the fewest non-scalar products
 * of any program with free linear combinations (see {@link LowerBounds}).
 *
 * @param positive number of positive eigenvalues
 * @param negative number of negative eigenvalues
 * @param zero     dimension of the kernel
 */
public record Inertia(int positive, int negative, int zero) {

    /** max(p, q): the fewest products that evaluate the form. */
    public int products() {
        return Math.max(positive, negative);
    }

    public int rank() {
        return positive + negative;
    }

    /** The inertia of a symmetric matrix of doubles, exactly. */
    public static Inertia of(double[][] symmetric) {
        int n = symmetric.length;
        Rational[][] a = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (symmetric[i][j] != symmetric[j][i]) {
                    throw new IllegalArgumentException("not symmetric at " + i + ", " + j);
                }
                a[i][j] = Rational.of(symmetric[i][j]);
            }
        }
        return of(a);
    }

    /** The inertia of a symmetric rational matrix (not modified). */
    public static Inertia of(Rational[][] symmetric) {
        int n = symmetric.length;
        Rational[][] a = new Rational[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
        }
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            active.add(i);
        }
        int positive = 0;
        int negative = 0;
        while (!active.isEmpty()) {
            int pivot = diagonalPivot(a, active);
            if (pivot < 0) {
                pivot = mergeOffDiagonal(a, active);
                if (pivot < 0) {
                    break; // the remaining block is zero
                }
            }
            Rational d = a[pivot][pivot];
            if (d.signum() > 0) {
                positive++;
            } else {
                negative++;
            }
            active.remove(Integer.valueOf(pivot));
            // A_ij -= A_ip A_pj / A_pp on the remaining block (a congruence)
            for (int i : active) {
                if (a[i][pivot].isZero()) {
                    continue;
                }
                Rational f = a[i][pivot].dividedBy(d);
                for (int j : active) {
                    if (!a[pivot][j].isZero()) {
                        a[i][j] = a[i][j].minus(f.times(a[pivot][j]));
                    }
                }
            }
        }
        return new Inertia(positive, negative, n - positive - negative);
    }

    /** The inertia of the quadratic part of a polynomial of degree <= 2 in inputs 0..n-1. */
    public static Optional<Inertia> ofQuadraticPart(Polynomial p, int inputCount) {
        return QuadraticPart.of(p, inputCount).map(q -> of(q.matrix()));
    }

    /** The active non-zero diagonal entry with the smallest numbers (keeps the fractions short). */
    private static int diagonalPivot(Rational[][] a, List<Integer> active) {
        int best = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int i : active) {
            if (!a[i][i].isZero()) {
                int size = a[i][i].bitSize();
                if (size < bestSize) {
                    best = i;
                    bestSize = size;
                }
            }
        }
        return best;
    }

    /** Row/column i += row/column j for a non-zero a_ij with zero diagonals; returns i, or -1. */
    private static int mergeOffDiagonal(Rational[][] a, List<Integer> active) {
        for (int i : active) {
            for (int j : active) {
                if (i != j && !a[i][j].isZero()) {
                    for (int t : active) {
                        a[i][t] = a[i][t].plus(a[j][t]);
                    }
                    for (int t : active) {
                        a[t][i] = t == i ? a[i][i].plus(a[i][j]) : a[t][i].plus(a[t][j]);
                    }
                    return i;
                }
            }
        }
        return -1;
    }
}
