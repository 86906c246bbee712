package org.cheapnet.dsl.compiler.analysis;

import java.util.function.IntUnaryOperator;

import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * A permutation of a space's atoms that moves the values of declarations among their own
 * indices: one generator of a symmetry group. Starts as the identity; each declaration it acts on
 * is added with a map of its indices.
 */
final class AtomPermutation {

    private final VariableSpace space;
    private final int[] image;

    AtomPermutation(VariableSpace space) {
        this.space = space;
        this.image = new int[space.atomCount()];
        for (int atom = 0; atom < image.length; atom++) {
            image[atom] = atom;
        }
    }

    /** Moves index i of the declaration to index indexMap(i); the map must be a bijection of 0..count-1. */
    AtomPermutation acting(VariableDeclaration declaration, IntUnaryOperator indexMap) {
        int offset = space.offset(declaration);
        for (int i = 0; i < declaration.count(); i++) {
            image[offset + i] = offset + indexMap.applyAsInt(i);
        }
        return this;
    }

    /** The image of a monomial: every atom replaced by its image. */
    Monomial apply(Monomial m) {
        return m.mapAtoms(atom -> image[atom]);
    }
}
