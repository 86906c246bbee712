package org.cheapnet.dsl.compiler.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The input declarations a polynomial actually mentions, in declaration order, and the lattices
 * they live on: the variables a symmetry has to act on.
 */
final class UsedVariables {

    private final List<VariableDeclaration> declarations;
    private final List<LatticeGeometry> lattices;

    UsedVariables(Polynomial p, VariableSpace space) {
        boolean[] present = new boolean[space.inputCount()];
        for (int i = 0; i < p.termCount(); i++) {
            Monomial m = p.monomial(i);
            for (int k = 0; k < m.size(); k++) {
                if (space.isInput(m.atom(k))) {
                    present[m.atom(k)] = true;
                }
            }
        }
        List<VariableDeclaration> used = new ArrayList<>();
        for (VariableDeclaration declaration : space.inputs()) {
            int offset = space.offset(declaration);
            for (int index = 0; index < declaration.count(); index++) {
                if (present[offset + index]) {
                    used.add(declaration);
                    break;
                }
            }
        }
        Set<LatticeGeometry> geometries = new LinkedHashSet<>();
        for (VariableDeclaration declaration : used) {
            if (declaration.lattice() != null) {
                geometries.add(declaration.lattice());
            }
        }
        this.declarations = List.copyOf(used);
        this.lattices = List.copyOf(geometries);
    }

    /** The declarations with at least one atom in the polynomial, in declaration order. */
    List<VariableDeclaration> declarations() {
        return declarations;
    }

    /** The distinct (by value) lattices of those declarations, in order of first appearance. */
    List<LatticeGeometry> lattices() {
        return lattices;
    }

    /** The declarations living on a lattice equal to the given one. */
    List<VariableDeclaration> on(LatticeGeometry lattice) {
        return declarations.stream().filter(d -> lattice.equals(d.lattice())).toList();
    }
}
