package org.cheapnet.dsl.compiler.plan.construct;

import java.math.BigInteger;
import java.util.Random;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Rigorous lower bounds on M for programs whose linear combinations (and scalar products) are
 * free; the largest applicable one is returned.
 * <dl>
 * <dt>degree</dt>
 * <dd>a product of values of degree a and b has degree at most a + b, so r products reach degree
 * at most 2^r: M >= ceil(log2 deg) (Strassen).</dd>
 * <dt>inertia</dt>
 * <dd>take the homogeneous degree-2 component of every value. For a product,
 * (uv)_2 = u_0 v_2 + u_1 v_1 + u_2 v_0, so by induction the degree-2 component of every value,
 * hence of f, is a linear combination of the r forms l_t m_t (l_t, m_t the linear parts of the
 * operands of product t), each of inertia at most (1, 1). Inertia indices are subadditive, so
 * r >= max(p, q) of the quadratic part of f, whatever the degree of f. A program for f also
 * computes f(x + a) with the same products (constants are free), whose quadratic part is half the
 * Hessian of f at a: the bound is taken at x = 0 and at a few integer points, exactly over the
 * rationals ({@link Inertia}). For degree <= 2 it is attained ({@link QuadraticForms}).</dd>
 * <dt>substitution</dt>
 * <dd>f = c x_1^e_1 ... x_n^e_n + (affine), n distinct variables, c != 0: M >= n - 1. Let e be the
 * point with every x_i = 1. Going through the products in order, keep an affine subspace A
 * containing e on which every earlier product is affine: on A the left operand u_t of product t is
 * affine, so intersect A with {u_t = u_t(e)}; then u_t is constant on the new A and the product
 * u_t v_t is affine there. This loses at most one dimension per product, so after all r products
 * dim A >= n - r and f is affine on A. Parametrise A = {e + B t}: then
 * f = c prod_i (1 + B_i.t)^e_i + (affine), whose degree in t is the sum of e_i over the non-zero
 * rows B_i (a product of non-constant affine functions is non-zero in its top degree). Degree <= 1
 * allows at most one non-zero row, so dim A = rank B <= 1 and r >= n - 1.</dd>
 * </dl>
 */
public final class LowerBounds {

    /** Largest number of inputs for which the inertia is computed (exact elimination is O(n^3) on big numbers). */
    static final int INERTIA_UP_TO = 120;
    /** Integer points (besides 0) at which the Hessian's inertia is tried. */
    private static final int SHIFTS = 3;

    private LowerBounds() {
    }

    /** The best bound; p must be over inputs 0..inputCount-1 only. */
    public static LowerBound of(Polynomial p, int inputCount) {
        if (!Polynomials.overInputs(p, inputCount)) {
            throw new IllegalArgumentException("the polynomial reads atoms that are not inputs below " + inputCount);
        }
        LowerBound best = new LowerBound(degreeBound(p.degree()), "degree");
        int substitution = substitutionBound(p);
        if (substitution > best.multiplications()) {
            best = new LowerBound(substitution, "substitution");
        }
        if (inputCount <= INERTIA_UP_TO && p.degree() >= 2) {
            int inertia = inertiaBound(p, inputCount);
            if (inertia > best.multiplications()) {
                best = new LowerBound(inertia, "inertia");
            }
        }
        return best;
    }

    /** ceil(log2 degree), 0 for degree <= 1. */
    public static int degreeBound(int degree) {
        return degree <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(degree - 1);
    }

    /** n - 1 for one term of degree >= 2 in n distinct variables plus an affine part; else 0. */
    public static int substitutionBound(Polynomial p) {
        Monomial term = null;
        for (Monomial m : p.monomials()) {
            if (m.degree() >= 2) {
                if (term != null) {
                    return 0;
                }
                term = m;
            }
        }
        return term == null ? 0 : term.size() - 1;
    }

    /** max(p, q) of the Hessian at 0 and at a few integer points, exactly. */
    public static int inertiaBound(Polynomial p, int inputCount) {
        Random random = new Random(7);
        int best = 0;
        int points = p.degree() <= 2 ? 1 : 1 + SHIFTS;
        for (int k = 0; k < points; k++) {
            int[] a = new int[inputCount];
            if (k > 0) {
                for (int i = 0; i < inputCount; i++) {
                    a[i] = random.nextInt(5) - 2;
                }
            }
            best = Math.max(best, Inertia.of(hessian(p, a, inputCount)).products());
        }
        return best;
    }

    /** The Hessian of p at the integer point a, exactly. */
    static Rational[][] hessian(Polynomial p, int[] a, int inputCount) {
        Rational[][] h = new Rational[inputCount][inputCount];
        for (Rational[] row : h) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (int t = 0; t < p.termCount(); t++) {
            Monomial m = p.monomial(t);
            if (m.degree() < 2) {
                continue;
            }
            Rational c = Rational.of(p.coefficientAt(t));
            for (int i = 0; i < m.size(); i++) {
                for (int j = i; j < m.size(); j++) {
                    BigInteger d = secondDerivative(m, i, j, a);
                    if (d.signum() != 0) {
                        Rational v = c.times(Rational.of(d, BigInteger.ONE));
                        int x = m.atom(i);
                        int y = m.atom(j);
                        h[x][y] = h[x][y].plus(v);
                        if (x != y) {
                            h[y][x] = h[y][x].plus(v);
                        }
                    }
                }
            }
        }
        return h;
    }

    /** d^2 m / dx_i dx_j at a (i, j index m's factors). */
    private static BigInteger secondDerivative(Monomial m, int i, int j, int[] a) {
        BigInteger product = BigInteger.ONE;
        for (int k = 0; k < m.size(); k++) {
            int e = m.exponent(k);
            BigInteger factor = BigInteger.ONE;
            if (k == i && k == j) {
                factor = BigInteger.valueOf((long) e * (e - 1));
                e -= 2;
            } else if (k == i || k == j) {
                factor = BigInteger.valueOf(e);
                e -= 1;
            }
            if (factor.signum() == 0) {
                return BigInteger.ZERO;
            }
            product = product.multiply(factor).multiply(BigInteger.valueOf(a[m.atom(k)]).pow(e));
        }
        return product;
    }
}
