package org.cheapnet.dsl.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.junit.jupiter.api.Test;

class LocalityTest {

    private static final int L = 6;

    private final LatticeGeometry grid = new LatticeGeometry("grid", new int[] {L, L}, true);
    private final LatticeGeometry sameGrid = new LatticeGeometry("grid", new int[] {L, L}, true);
    private final LatticeGeometry chain = new LatticeGeometry("chain", new int[] {5}, false);
    private final VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, grid, -1, 1);
    private final VariableDeclaration phi = VariableDeclaration.onLattice("phi", VariableKind.REAL, sameGrid, -1, 1);
    private final VariableDeclaration c = VariableDeclaration.onLattice("c", VariableKind.REAL, chain, -1, 1);
    private final VariableDeclaration x = VariableDeclaration.vector("x", VariableKind.REAL, 5, -1, 1);
    private final VariableDeclaration y = VariableDeclaration.vector("y", VariableKind.REAL, 5, -1, 1);
    private final VariableDeclaration t = VariableDeclaration.scalar("t", VariableKind.REAL, -1, 1);
    private final VariableSpace space = new VariableSpace(List.of(s, phi, c, x, y, t));

    private int site(int px, int py) {
        return space.inputAtom(s, Math.floorMod(px, L) * L + Math.floorMod(py, L));
    }

    private static Monomial pair(int a, int b) {
        return Monomial.of(a).times(Monomial.of(b));
    }

    /** -sum over nearest-neighbour bonds s_a s_b, wrapping, built from coordinates by hand. */
    private Polynomial ising() {
        PolynomialBuilder h = new PolynomialBuilder();
        for (int px = 0; px < L; px++) {
            for (int py = 0; py < L; py++) {
                h.add(pair(site(px, py), site(px + 1, py)), -1);
                h.add(pair(site(px, py), site(px, py + 1)), -1);
                h.add(Monomial.of(site(px, py)), -0.1);
            }
        }
        return h.build();
    }

    @Test
    void nearestNeighbourBondsHaveRadiusOne() {
        Polynomial h = ising();
        assertEquals(1, Locality.radius(h, space));
        assertNull(Locality.firstViolation(h, space, 1));
        // the bond across the periodic edge is at distance 1, not L-1
        assertEquals(1, Locality.distance(space, site(0, 0), site(L - 1, 0)));
    }

    @Test
    void theFirstViolationInCanonicalOrderIsReported() {
        Monomial diagonal = pair(site(2, 2), site(3, 3));
        Monomial far = pair(site(0, 0), site(3, 3));
        Polynomial h = ising().plus(Polynomial.monomial(far, 0.5)).plus(Polynomial.monomial(diagonal, 0.5));
        assertEquals(6, Locality.radius(h, space));
        assertEquals(diagonal.compareTo(far) < 0 ? diagonal : far, Locality.firstViolation(h, space, 1));
        assertEquals(far, Locality.firstViolation(h, space, 5));
        assertNull(Locality.firstViolation(h, space, 6));
    }

    @Test
    void everyPairOfAMonomialCounts() {
        Monomial triple = Monomial.of(new int[] {site(0, 0), site(0, 1), site(0, 3)}, new int[] {1, 1, 1});
        assertEquals(3, Locality.radius(Polynomial.monomial(triple, 1), space));
    }

    @Test
    void distancesBetweenDeclarations() {
        int phi00 = space.inputAtom(phi, 0);
        int phi12 = space.inputAtom(phi, 1 * L + 2);
        assertEquals(3, Locality.distance(space, site(0, 0), phi12), "same geometry, other declaration");
        assertEquals(0, Locality.distance(space, site(0, 0), phi00));
        assertEquals(3, Locality.distance(space, space.inputAtom(c, 0), space.inputAtom(c, 3)), "open chain");
        assertEquals(3, Locality.distance(space, space.inputAtom(x, 4), space.inputAtom(x, 1)), "vector |i-j|");
        assertEquals(0, Locality.distance(space, space.inputAtom(t, 0), space.inputAtom(x, 4)), "scalar");
        assertEquals(0, Locality.distance(space, site(3, 3), space.inputAtom(t, 0)), "scalar");
        assertEquals(Locality.UNBOUNDED, Locality.distance(space, site(0, 0), space.inputAtom(c, 0)));
        assertEquals(Locality.UNBOUNDED, Locality.distance(space, site(0, 0), space.inputAtom(x, 0)));
        assertEquals(Locality.UNBOUNDED, Locality.distance(space, space.inputAtom(x, 0), space.inputAtom(y, 0)));
    }

    @Test
    void unrelatedVariablesMakeTheRadiusUnbounded() {
        Polynomial p = Polynomial.atom(space.inputAtom(x, 0)).times(Polynomial.atom(space.inputAtom(y, 0)));
        assertEquals(Locality.UNBOUNDED, Locality.radius(p, space));
        assertEquals(p.monomial(0), Locality.firstViolation(p, space, Integer.MAX_VALUE - 1));
    }

    @Test
    void singleVariableMonomialsHaveRadiusZero() {
        Polynomial p = Polynomial.constant(2)
                .plus(Polynomial.atom(site(1, 1)))
                .plus(Polynomial.atom(space.inputAtom(x, 3)).pow(4));
        assertEquals(0, Locality.radius(p, space));
        assertEquals(0, Locality.radius(Polynomial.zero(), space));
    }
}
