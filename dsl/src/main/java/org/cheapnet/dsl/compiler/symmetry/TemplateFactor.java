package org.cheapnet.dsl.compiler.symmetry;

import java.util.Arrays;
import java.util.Objects;

import org.cheapnet.dsl.compiler.poly.VariableDeclaration;

/**
 * One factor of a unit-cell term: the variable at the site (cell + offset), wrapped on the
 * periodic lattice, to a power. Offsets are never negative and each axis's offset is below that
 * axis's size, so the site's coordinate on an axis of size n is (cell + offset) mod n.
 *
 * @param variable a declaration living on the template's lattice
 * @param offset   one entry per axis of the lattice, copied
 * @param exponent at least 1
 */
public record TemplateFactor(VariableDeclaration variable, int[] offset, int exponent) {

    public TemplateFactor {
        Objects.requireNonNull(variable, "variable");
        offset = offset.clone();
        if (exponent < 1) {
            throw new IllegalArgumentException("exponent " + exponent + " of " + variable.name());
        }
    }

    /** A fresh copy of the offset. */
    @Override
    public int[] offset() {
        return offset.clone();
    }

    /** The offset along one axis. */
    public int offset(int axis) {
        return offset[axis];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemplateFactor other
                && exponent == other.exponent
                && variable.equals(other.variable)
                && Arrays.equals(offset, other.offset);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * variable.hashCode() + Arrays.hashCode(offset)) + exponent;
    }

    /** E.g. "s[c]", "s[c+(1,0)]", "phi[c+1]^4". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(variable.name()).append("[c");
        boolean zero = Arrays.stream(offset).allMatch(o -> o == 0);
        if (!zero) {
            text.append('+');
            if (offset.length == 1) {
                text.append(offset[0]);
            } else {
                text.append('(');
                for (int axis = 0; axis < offset.length; axis++) {
                    text.append(axis > 0 ? "," : "").append(offset[axis]);
                }
                text.append(')');
            }
        }
        text.append(']');
        return exponent == 1 ? text.toString() : text.append('^').append(exponent).toString();
    }
}
