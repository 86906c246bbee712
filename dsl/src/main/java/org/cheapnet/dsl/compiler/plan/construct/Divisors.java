package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.poly.Monomial;

/** Divisibility of monomials: quotients and the divisors of a given degree. */
final class Divisors {

    private Divisors() {
    }

    /** m / u, or null when u does not divide m. */
    static Monomial quotient(Monomial m, Monomial u) {
        int[] atoms = new int[m.size()];
        int[] exponents = new int[m.size()];
        for (int k = 0; k < u.size(); k++) {
            if (m.exponentOf(u.atom(k)) < u.exponent(k)) {
                return null;
            }
        }
        for (int k = 0; k < m.size(); k++) {
            atoms[k] = m.atom(k);
            exponents[k] = m.exponent(k) - u.exponentOf(m.atom(k));
        }
        return Monomial.of(atoms, exponents);
    }

    /** Every monomial of the given degree that divides m. */
    static List<Monomial> ofDegree(Monomial m, int degree) {
        List<Monomial> out = new ArrayList<>();
        collect(m, 0, degree, new int[m.size()], out);
        return out;
    }

    /** How many monomials of the given degree divide m (without listing them). */
    static long countOfDegree(Monomial m, int degree) {
        long[] ways = new long[degree + 1];
        ways[0] = 1;
        for (int k = 0; k < m.size(); k++) {
            long[] next = new long[degree + 1];
            for (int s = 0; s <= degree; s++) {
                for (int e = 0; e <= Math.min(m.exponent(k), degree - s); e++) {
                    next[s + e] += ways[s];
                }
            }
            ways = next;
        }
        return ways[degree];
    }

    private static void collect(Monomial m, int k, int left, int[] exponents, List<Monomial> out) {
        if (left == 0) {
            int[] atoms = new int[m.size()];
            for (int i = 0; i < atoms.length; i++) {
                atoms[i] = m.atom(i);
            }
            int[] e = exponents.clone();
            java.util.Arrays.fill(e, k, e.length, 0);
            out.add(Monomial.of(atoms, e));
            return;
        }
        if (k == m.size()) {
            return;
        }
        for (int e = Math.min(m.exponent(k), left); e >= 0; e--) {
            exponents[k] = e;
            collect(m, k + 1, left - e, exponents, out);
        }
        exponents[k] = 0;
    }
}
