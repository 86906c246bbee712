package org.cheapnet.dsl.compiler.poly;

import java.util.Objects;

/**
 * A declared input variable: a scalar, a vector of n elements, or one value per site of a
 * lattice. Its values lie in [lo, hi]; for bits the caller passes [0, 1], for spins [-1, 1].
 *
 * <p>Immutable; equal by value.
 */
public final class VariableDeclaration {

    private enum Shape { SCALAR, VECTOR, LATTICE }

    private final String name;
    private final VariableKind kind;
    private final Shape shape;
    private final int count;
    private final LatticeGeometry lattice;
    private final double lo;
    private final double hi;

    private VariableDeclaration(String name, VariableKind kind, Shape shape, int count, LatticeGeometry lattice,
            double lo, double hi) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.shape = shape;
        this.count = count;
        this.lattice = lattice;
        this.lo = lo;
        this.hi = hi;
    }

    /** One variable, written {@code x}. */
    public static VariableDeclaration scalar(String name, VariableKind kind, double lo, double hi) {
        return new VariableDeclaration(name, kind, Shape.SCALAR, 1, null, lo, hi);
    }

    /**
     * A vector of size variables, written {@code x[0]} to {@code x[size-1]}.
     *
     * @throws IllegalArgumentException if size is negative
     */
    public static VariableDeclaration vector(String name, VariableKind kind, int size, double lo, double hi) {
        if (size < 0) {
            throw new IllegalArgumentException("vector " + name + " of negative size " + size);
        }
        return new VariableDeclaration(name, kind, Shape.VECTOR, size, null, lo, hi);
    }

    /** One variable per site of a lattice, written {@code s[1,2]}, in the lattice's site order. */
    public static VariableDeclaration onLattice(String name, VariableKind kind, LatticeGeometry lattice,
            double lo, double hi) {
        return new VariableDeclaration(name, kind, Shape.LATTICE, lattice.siteCount(), lattice, lo, hi);
    }

    public String name() {
        return name;
    }

    public VariableKind kind() {
        return kind;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    /** The lattice the variable lives on, or null for a scalar or a vector. */
    public LatticeGeometry lattice() {
        return lattice;
    }

    public boolean isVector() {
        return shape == Shape.VECTOR;
    }

    public boolean isScalar() {
        return shape == Shape.SCALAR;
    }

    public boolean isOnLattice() {
        return shape == Shape.LATTICE;
    }

    /** The number of values: 1 for a scalar, n for a vector, the site count for a lattice field. */
    public int count() {
        return count;
    }

    /** "x" for a scalar, "x[3]" for a vector element, "s[1,2]" for a lattice site. */
    public String label(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("index " + index + " of " + name + " with " + count + " values");
        }
        return switch (shape) {
            case SCALAR -> name;
            case VECTOR -> name + "[" + index + "]";
            case LATTICE -> name + "[" + lattice.siteLabel(index) + "]";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VariableDeclaration other
                && shape == other.shape
                && count == other.count
                && kind == other.kind
                && name.equals(other.name)
                && Objects.equals(lattice, other.lattice)
                && Double.compare(lo, other.lo) == 0
                && Double.compare(hi, other.hi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, shape, count, lattice, lo, hi);
    }

    /** E.g. "spin s on grid", "real x[3] in [-1, 1]". */
    @Override
    public String toString() {
        String head = kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
        String body = switch (shape) {
            case SCALAR -> head;
            case VECTOR -> head + "[" + count + "]";
            case LATTICE -> head + " on " + lattice.name();
        };
        return kind == VariableKind.REAL ? body + " in [" + lo + ", " + hi + "]" : body;
    }
}
