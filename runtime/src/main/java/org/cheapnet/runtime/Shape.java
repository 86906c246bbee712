package org.cheapnet.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The shape of an input variable: a scalar, a vector of n, or one value per site of a lattice
 * with the given sizes (chain: [N], square: [W, H], cubic: [X, Y, Z]). A lattice variable's
 * sites are stored row-major, the last coordinate varying fastest: on square(W, H) site (x, y)
 * is at offset x*H + y within the variable's block (LANGUAGE.md, "Inputs of the generated code").
 */
public record Shape(Kind kind, List<Integer> sizes) {

    /** Scalar, vector or lattice. */
    public enum Kind {
        SCALAR,
        VECTOR,
        LATTICE
    }

    public Shape {
        Objects.requireNonNull(kind, "kind");
        sizes = List.copyOf(sizes);
        if (kind == Kind.SCALAR && !sizes.isEmpty()) {
            throw new IllegalArgumentException("a scalar has no sizes");
        }
        if (kind == Kind.VECTOR && sizes.size() != 1) {
            throw new IllegalArgumentException("a vector has one size");
        }
        if (kind == Kind.LATTICE && (sizes.isEmpty() || sizes.size() > 3)) {
            throw new IllegalArgumentException("a lattice has 1 to 3 sizes");
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("size " + size + " < 1");
            }
        }
    }

    public static Shape scalar() {
        return new Shape(Kind.SCALAR, List.of());
    }

    public static Shape vector(int n) {
        return new Shape(Kind.VECTOR, List.of(n));
    }

    public static Shape lattice(int... sizes) {
        return new Shape(Kind.LATTICE, Arrays.stream(sizes).boxed().toList());
    }

    /** The number of values: 1 for a scalar, else the product of the sizes. */
    public int count() {
        int count = 1;
        for (int size : sizes) {
            count = Math.multiplyExact(count, size);
        }
        return count;
    }
}
