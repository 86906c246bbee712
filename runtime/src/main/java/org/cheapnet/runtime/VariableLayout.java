package org.cheapnet.runtime;

import java.util.Objects;

/**
 * Where one declared variable sits in a sample's {@code double[]}: its name, kind, shape, the
 * offset of its first value, and its range [lo, hi] ({0, 1} for bits and {-1, +1} for spins,
 * given as [0, 1] and [-1, 1]). It occupies {@code shape.count()} consecutive values.
 */
public record VariableLayout(String name, VariableKind kind, Shape shape, int offset, double lo, double hi) {

    public VariableLayout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shape, "shape");
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
        }
        if (kind == VariableKind.BIT && (lo != 0 || hi != 1)) {
            throw new IllegalArgumentException("a bit ranges over [0, 1]");
        }
        if (kind == VariableKind.SPIN && (lo != -1 || hi != 1)) {
            throw new IllegalArgumentException("a spin ranges over [-1, 1]");
        }
    }

    public static VariableLayout real(String name, Shape shape, int offset, double lo, double hi) {
        return new VariableLayout(name, VariableKind.REAL, shape, offset, lo, hi);
    }

    public static VariableLayout bit(String name, Shape shape, int offset) {
        return new VariableLayout(name, VariableKind.BIT, shape, offset, 0, 1);
    }

    public static VariableLayout spin(String name, Shape shape, int offset) {
        return new VariableLayout(name, VariableKind.SPIN, shape, offset, -1, 1);
    }

    /** The number of values it occupies. */
    public int count() {
        return shape.count();
    }

    /** One past its last offset. */
    public int end() {
        return offset + count();
    }
}
