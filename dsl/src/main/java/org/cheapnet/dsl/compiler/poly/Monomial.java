package org.cheapnet.dsl.compiler.poly;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A product of atoms with positive integer exponents, x_a1^e1 * x_a2^e2 * ... Immutable and
 * canonical (atoms strictly increasing), so equal monomials have equal arrays and hash maps can
 * key on them; the hash is cached.
 */
public final class Monomial implements Comparable<Monomial> {

    /** The empty product, 1. */
    public static final Monomial ONE = new Monomial(new int[0], new int[0]);

    private final int[] atoms;
    private final int[] exponents;
    private final int degree;
    private final int hash;

    /** Trusted: atoms strictly increasing, exponents positive, arrays not shared. */
    private Monomial(int[] atoms, int[] exponents) {
        this.atoms = atoms;
        this.exponents = exponents;
        int sum = 0;
        for (int e : exponents) {
            sum = Math.addExact(sum, e);
        }
        this.degree = sum;
        this.hash = 31 * Arrays.hashCode(atoms) + Arrays.hashCode(exponents);
    }

    /** The atom itself, x_atom. */
    public static Monomial of(int atom) {
        return of(atom, 1);
    }

    /** x_atom^exponent; ONE when the exponent is 0. */
    public static Monomial of(int atom, int exponent) {
        checkAtom(atom);
        if (exponent < 0) {
            throw new IllegalArgumentException("negative exponent " + exponent);
        }
        return exponent == 0 ? ONE : new Monomial(new int[] {atom}, new int[] {exponent});
    }

    /**
     * The product of atoms[i]^exponents[i], in any order: repeated atoms are merged, zero
     * exponents dropped.
     *
     * @throws IllegalArgumentException on a negative atom or exponent, or arrays of different length
     */
    public static Monomial of(int[] atoms, int[] exponents) {
        if (atoms.length != exponents.length) {
            throw new IllegalArgumentException(atoms.length + " atoms but " + exponents.length + " exponents");
        }
        for (int i = 0; i < atoms.length; i++) {
            checkAtom(atoms[i]);
            if (exponents[i] < 0) {
                throw new IllegalArgumentException("negative exponent " + exponents[i]);
            }
        }
        return canonical(atoms.clone(), exponents.clone());
    }

    /** Sorts the pairs by atom, merges repeated atoms and drops zero exponents; may reorder its arguments. */
    private static Monomial canonical(int[] atoms, int[] exponents) {
        int n = atoms.length;
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = atoms[i - 1] < atoms[i];
        }
        if (!sorted) {
            // insertion sort of the pairs: monomials have few factors
            for (int i = 1; i < n; i++) {
                int atom = atoms[i];
                int exponent = exponents[i];
                int j = i - 1;
                while (j >= 0 && atoms[j] > atom) {
                    atoms[j + 1] = atoms[j];
                    exponents[j + 1] = exponents[j];
                    j--;
                }
                atoms[j + 1] = atom;
                exponents[j + 1] = exponent;
            }
        }
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size > 0 && atoms[size - 1] == atoms[i]) {
                exponents[size - 1] = Math.addExact(exponents[size - 1], exponents[i]);
            } else {
                atoms[size] = atoms[i];
                exponents[size] = exponents[i];
                size++;
            }
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (exponents[i] != 0) {
                atoms[kept] = atoms[i];
                exponents[kept] = exponents[i];
                kept++;
            }
        }
        if (kept == 0) {
            return ONE;
        }
        return new Monomial(kept == n ? atoms : Arrays.copyOf(atoms, kept),
                kept == n ? exponents : Arrays.copyOf(exponents, kept));
    }

    private static void checkAtom(int atom) {
        if (atom < 0) {
            throw new IllegalArgumentException("negative atom " + atom);
        }
    }

    /** The number of distinct atoms. */
    public int size() {
        return atoms.length;
    }

    /** The i-th atom, in increasing order. */
    public int atom(int i) {
        return atoms[i];
    }

    /** The exponent of the i-th atom. */
    public int exponent(int i) {
        return exponents[i];
    }

    /** The total degree, the sum of the exponents. */
    public int degree() {
        return degree;
    }

    /** The exponent of an atom, 0 if it does not occur. */
    public int exponentOf(int atom) {
        int i = Arrays.binarySearch(atoms, atom);
        return i >= 0 ? exponents[i] : 0;
    }

    /** The product, adding exponents of common atoms. */
    public Monomial times(Monomial other) {
        if (other.atoms.length == 0) {
            return this;
        }
        if (atoms.length == 0) {
            return other;
        }
        int[] a = new int[atoms.length + other.atoms.length];
        int[] e = new int[a.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < atoms.length || j < other.atoms.length) {
            if (j == other.atoms.length || (i < atoms.length && atoms[i] < other.atoms[j])) {
                a[n] = atoms[i];
                e[n++] = exponents[i++];
            } else if (i == atoms.length || other.atoms[j] < atoms[i]) {
                a[n] = other.atoms[j];
                e[n++] = other.exponents[j++];
            } else {
                a[n] = atoms[i];
                e[n++] = Math.addExact(exponents[i++], other.exponents[j++]);
            }
        }
        return new Monomial(n == a.length ? a : Arrays.copyOf(a, n), n == e.length ? e : Arrays.copyOf(e, n));
    }

    /**
     * This monomial with every exponent replaced: newExponent(atom, exponent) returns the new
     * exponent (0 drops the factor). Returns this when nothing changes; used to apply the algebra
     * of kinds (spin^2 = 1, bit^2 = bit).
     */
    public Monomial withExponents(ExponentRule newExponent) {
        int[] e = null;
        for (int i = 0; i < atoms.length; i++) {
            int changed = newExponent.exponent(atoms[i], exponents[i]);
            if (changed != exponents[i]) {
                if (changed < 0) {
                    throw new IllegalArgumentException("negative exponent " + changed);
                }
                if (e == null) {
                    e = exponents.clone();
                }
                e[i] = changed;
            }
        }
        return e == null ? this : canonical(atoms.clone(), e);
    }

    /** A rule giving an atom's new exponent from its old one. */
    @FunctionalInterface
    public interface ExponentRule {
        int exponent(int atom, int exponent);
    }

    public boolean isConstant() {
        return atoms.length == 0;
    }

    /**
     * Canonical order, graded lexicographic: by degree, then by the exponent vectors compared
     * atom by atom, a higher power of an earlier atom first (x^2, x*y, y^2); ONE first.
     * Consistent with equals.
     */
    @Override
    public int compareTo(Monomial o) {
        if (degree != o.degree) {
            return Integer.compare(degree, o.degree);
        }
        int n = Math.min(atoms.length, o.atoms.length);
        for (int i = 0; i < n; i++) {
            if (atoms[i] != o.atoms[i]) {
                return Integer.compare(atoms[i], o.atoms[i]); // the earlier atom has a positive exponent here
            }
            if (exponents[i] != o.exponents[i]) {
                return Integer.compare(o.exponents[i], exponents[i]);
            }
        }
        return Integer.compare(atoms.length, o.atoms.length);
    }

    /**
     * Rewrites every atom through the map (which must map every atom, to a non-negative id);
     * atoms that land on the same id are merged, so the result is canonical.
     */
    public Monomial mapAtoms(IntUnaryOperator atomMap) {
        if (atoms.length == 0) {
            return this;
        }
        int[] a = new int[atoms.length];
        boolean same = true;
        for (int i = 0; i < atoms.length; i++) {
            a[i] = atomMap.applyAsInt(atoms[i]);
            checkAtom(a[i]);
            same &= a[i] == atoms[i];
        }
        return same ? this : canonical(a, exponents.clone());
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof Monomial other
                && hash == other.hash
                && Arrays.equals(atoms, other.atoms)
                && Arrays.equals(exponents, other.exponents);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Atoms written by id, e.g. "#0*#3^2"; "1" for ONE. Use PolynomialFormat for labels. */
    @Override
    public String toString() {
        return PolynomialFormat.monomial(this, atom -> "#" + atom);
    }
}
