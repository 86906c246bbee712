package org.cheapnet.dsl.compiler.analysis;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Locality of a Hamiltonian, the claim of {@code @local(r)}: every monomial's variables lie
 * pairwise within distance r. A local Hamiltonian needs only sparse, local connections.
 *
 * <p>Works on an inlined (no let atoms), reduced polynomial; never throws on such input.
 */
public final class Locality {

    /** The distance of two variables that no geometry relates. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private Locality() {
    }

    /**
     * The largest pairwise distance between the variables of one monomial, over all monomials;
     * 0 when no monomial has two distinct variables, {@link #UNBOUNDED} when one relates
     * variables without a common geometry.
     */
    public static int radius(Polynomial p, VariableSpace space) {
        int radius = 0;
        for (int i = 0; i < p.termCount() && radius != UNBOUNDED; i++) {
            radius = Math.max(radius, diameter(p.monomial(i), space));
        }
        return radius;
    }

    /** The first monomial (canonical order) with two variables farther apart than r, or null. */
    public static Monomial firstViolation(Polynomial p, VariableSpace space, int r) {
        for (int i = 0; i < p.termCount(); i++) {
            if (diameter(p.monomial(i), space) > r) {
                return p.monomial(i);
            }
        }
        return null;
    }

    /**
     * The distance of two atoms: 0 for the same atom or when one is a scalar; |i - j| for two
     * elements of one vector; the lattice's graph distance for two sites of one lattice geometry
     * (also across declarations living on equal geometries); otherwise {@link #UNBOUNDED}
     * (different lattices, a lattice and a vector, two vectors, or an atom that is not an input).
     */
    public static int distance(VariableSpace space, int atomA, int atomB) {
        if (atomA == atomB) {
            return 0;
        }
        if (!space.isInput(atomA) || !space.isInput(atomB)) {
            return UNBOUNDED;
        }
        VariableDeclaration a = space.declarationOf(atomA);
        VariableDeclaration b = space.declarationOf(atomB);
        if (a.isScalar() || b.isScalar()) {
            return 0;
        }
        LatticeGeometry lattice = a.lattice();
        if (lattice != null && lattice.equals(b.lattice())) {
            return lattice.distance(space.indexOf(atomA), space.indexOf(atomB));
        }
        if (a.isVector() && a.equals(b)) {
            return Math.abs(space.indexOf(atomA) - space.indexOf(atomB));
        }
        return UNBOUNDED;
    }

    /** The largest distance between two atoms of a monomial. */
    private static int diameter(Monomial m, VariableSpace space) {
        int diameter = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                diameter = Math.max(diameter, distance(space, m.atom(i), m.atom(j)));
                if (diameter == UNBOUNDED) {
                    return UNBOUNDED;
                }
            }
        }
        return diameter;
    }
}
