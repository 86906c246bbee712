package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * f = z^T G z + sum_w linear_w w + constant over a {@link LiftBasis} z, where every linear_w is a
 * monomial in z (a value the plan computes anyway). An entry G_ab whose product z_a z_b is itself
 * in z is free: its weight can move between G and the linear part. {@link #of} moves all of it to
 * the linear part; {@link #shifted} then sets the free diagonal entries to a large negative (or
 * positive) value, making the rows that have one dominant, which can make G semidefinite on
 * them (the 2N construction of phi^4: y = phi^2, the kinetic form made negative definite against
 * lambda y^2).
 *
 * @param basis    z
 * @param g        symmetric G
 * @param free     the free entries (a <= b)
 * @param linear   weights of the monomials of z
 * @param constant the constant term
 */
record LiftedForm(LiftBasis basis, double[][] g, List<int[]> free, Map<Monomial, Double> linear, double constant) {

    /** How the free diagonal entries are set. */
    enum Shift {
        ZERO, NEGATIVE, POSITIVE
    }

    static LiftedForm of(Polynomial p, LiftBasis basis) {
        List<Monomial> z = basis.z();
        Map<Monomial, Integer> index = new HashMap<>();
        for (int i = 0; i < z.size(); i++) {
            index.put(z.get(i), i);
        }
        int n = z.size();
        double[][] g = new double[n][n];
        Map<Monomial, Double> linear = new HashMap<>();
        for (int t = 0; t < p.termCount(); t++) {
            Monomial m = p.monomial(t);
            double c = p.coefficientAt(t);
            if (m.degree() == 0) {
                continue;
            }
            if (index.containsKey(m)) {
                linear.merge(m, c, Double::sum);
                continue;
            }
            Monomial[] uv = basis.split().get(m);
            int a = index.get(uv[0]);
            int b = index.get(uv[1]);
            if (a == b) {
                g[a][a] += c;
            } else {
                g[a][b] += c / 2;
                g[b][a] += c / 2;
            }
        }
        List<int[]> free = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                Monomial product = z.get(a).times(z.get(b));
                if (index.containsKey(product)) {
                    free.add(new int[] { a, b });
                    double weight = a == b ? g[a][a] : 2 * g[a][b];
                    if (weight != 0) {
                        linear.merge(product, weight, Double::sum);
                    }
                    g[a][b] = 0;
                    g[b][a] = 0;
                }
            }
        }
        return new LiftedForm(basis, g, List.copyOf(free), Map.copyOf(linear), p.constantTerm());
    }

    /** This form with every free diagonal entry set to -/+ (its row's off-diagonal |sum| + 1). */
    LiftedForm shifted(Shift shift) {
        if (shift == Shift.ZERO) {
            return this;
        }
        int n = g.length;
        double[][] h = new double[n][];
        for (int i = 0; i < n; i++) {
            h[i] = g[i].clone();
        }
        Map<Monomial, Double> l = new HashMap<>(linear);
        for (int[] ab : free) {
            int a = ab[0];
            if (a != ab[1]) {
                continue;
            }
            double r = 1;
            for (int j = 0; j < n; j++) {
                r += j == a ? 0 : Math.abs(h[a][j]);
            }
            double s = shift == Shift.NEGATIVE ? -r : r;
            h[a][a] = s;
            l.merge(basis.z().get(a).times(basis.z().get(a)), -s, Double::sum);
        }
        return new LiftedForm(basis, h, free, Map.copyOf(l), constant);
    }
}
