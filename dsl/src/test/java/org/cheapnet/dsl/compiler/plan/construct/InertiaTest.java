package org.cheapnet.dsl.compiler.plan.construct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Exact inertia against Sylvester's law (B D B^T with B of full column rank has the inertia of D)
 * and against the signs of EJML's eigenvalues on generic matrices.
 */
class InertiaTest {

    @Test
    void congruentToKnownDiagonal() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(8);
            int r = random.nextInt(n + 1); // r < n: singular
            int[] signs = new int[r];
            int p = 0;
            for (int i = 0; i < r; i++) {
                signs[i] = random.nextBoolean() ? 1 : -1;
                p += signs[i] > 0 ? 1 : 0;
            }
            long[][] a = congruent(fullColumnRank(n, r, random), signs);
            double[][] scaled = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    scaled[i][j] = a[i][j] / 8.0; // exact in binary: a rational matrix
                }
            }
            assertEquals(new Inertia(p, r - p, n - r), Inertia.of(scaled));
        }
    }

    @Test
    void genericMatricesAgreeWithEigenvalueSigns() {
        Random random = new Random(6);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + random.nextInt(10);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    a[i][j] = a[j][i] = (random.nextInt(2001) - 1000) / 64.0;
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
            eig.decompose(new DMatrixRMaj(a));
            int p = 0;
            int q = 0;
            for (int k = 0; k < n; k++) {
                double v = eig.getEigenvalue(k).real;
                p += v > 1e-9 ? 1 : 0;
                q += v < -1e-9 ? 1 : 0;
            }
            if (p + q == n) { // clearly non-singular: the signs are certain
                assertEquals(new Inertia(p, q, 0), Inertia.of(a));
            }
        }
    }

    @Test
    void zeroDiagonalNeedsACombinedPivot() {
        assertEquals(new Inertia(1, 1, 0), Inertia.of(new double[][] { { 0, 1 }, { 1, 0 } }));
        assertEquals(new Inertia(2, 2, 1), Inertia.of(new double[][] {
                { 0, 1, 0, 0, 0 }, { 1, 0, 0, 0, 0 }, { 0, 0, 0, 2, 0 }, { 0, 0, 2, 0, 0 }, { 0, 0, 0, 0, 0 } }));
    }

    @Test
    void exactWhereFloatingPointIsNot() {
        // det = 2^-50 > 0: both eigenvalues positive, the smaller one about 2^-51
        double e = Math.pow(2, -50);
        assertEquals(new Inertia(2, 0, 0), Inertia.of(new double[][] { { 1, 1 }, { 1, 1 + e } }));
        assertEquals(new Inertia(1, 0, 1), Inertia.of(new double[][] { { 1, 1 }, { 1, 1 } }));
    }

    @Test
    void rationalsAreExact() {
        assertEquals(Rational.of(1, 10), Rational.of(3, 10).minus(Rational.of(1, 5)));
        assertEquals(Rational.of(1, 1 << 20), Rational.of(Math.pow(2, -20)));
        assertEquals(Rational.of(-3, 2), Rational.of(-1.5));
        // 0.1 as a double is not 1/10 but a dyadic fraction close to it
        assertEquals(1, Rational.of(0.1).compareTo(Rational.of(1, 10)));
    }

    /** An n x r integer matrix of rank r: identity on top of random rows, rows then shuffled. */
    static long[][] fullColumnRank(int n, int r, Random random) {
        long[][] b = new long[n][r];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < r; j++) {
                b[i][j] = i < r ? (i == j ? 1 : 0) : random.nextInt(7) - 3;
            }
        }
        // mix the rows by a random unimodular transform (adds multiples of row i to later rows)
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                long f = random.nextInt(3) - 1;
                for (int j = 0; j < r; j++) {
                    b[k][j] += f * b[i][j];
                }
            }
        }
        return b;
    }

    /** B diag(signs) B^T. */
    static long[][] congruent(long[][] b, int[] signs) {
        int n = b.length;
        long[][] a = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < signs.length; k++) {
                    a[i][j] += b[i][k] * signs[k] * b[j][k];
                }
            }
        }
        return a;
    }
}
