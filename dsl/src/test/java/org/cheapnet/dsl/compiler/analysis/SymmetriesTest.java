package org.cheapnet.dsl.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.junit.jupiter.api.Test;

class SymmetriesTest {

    private static Monomial pair(int a, int b) {
        return Monomial.of(a).times(Monomial.of(b));
    }

    private static VariableSpace spinsOn(LatticeGeometry lattice) {
        return new VariableSpace(List.of(VariableDeclaration.onLattice("s", VariableKind.SPIN, lattice, -1, 1)));
    }

    /** Spins on a W x H lattice, numbered x*H + y by hand; bonds wrap when periodic. */
    private static final class HandBuiltIsing {
        final int w;
        final int h;
        final boolean periodic;

        HandBuiltIsing(int w, int h, boolean periodic) {
            this.w = w;
            this.h = h;
            this.periodic = periodic;
        }

        int site(int x, int y) {
            return Math.floorMod(x, w) * h + Math.floorMod(y, h);
        }

        boolean inside(int x, int y) {
            return periodic || x >= 0 && x < w && y >= 0 && y < h;
        }

        /** -jx sum s(x,y) s(x+1,y) - jy sum s(x,y) s(x,y+1) - field sum s. */
        Polynomial hamiltonian(double jx, double jy, double field) {
            PolynomialBuilder builder = new PolynomialBuilder();
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    if (inside(x + 1, y)) {
                        builder.add(pair(site(x, y), site(x + 1, y)), -jx);
                    }
                    if (inside(x, y + 1)) {
                        builder.add(pair(site(x, y), site(x, y + 1)), -jy);
                    }
                    builder.add(Monomial.of(site(x, y)), -field);
                }
            }
            return builder.build();
        }
    }

    @Test
    void translationHoldsOnAPeriodicIsingModel() {
        HandBuiltIsing ising = new HandBuiltIsing(4, 5, true);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {4, 5}, true));
        SymmetryCheck check = Symmetries.check(Symmetry.TRANSLATION, ising.hamiltonian(1, 0.5, 0.1), space);
        assertTrue(check.holds());
        assertTrue(check.applicable());
        assertNull(check.monomial());
    }

    @Test
    void translationFailsOnAChangedBondWithThatBondAsWitness() {
        HandBuiltIsing ising = new HandBuiltIsing(4, 4, true);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {4, 4}, true));
        Monomial changed = pair(ising.site(1, 2), ising.site(1, 3));
        Polynomial h = ising.hamiltonian(1, 1, 0).plus(Polynomial.monomial(changed, -0.5));
        assertEquals(-1.5, h.coefficient(changed));

        SymmetryCheck check = Symmetries.check(Symmetry.TRANSLATION, h, space);

        assertFalse(check.holds());
        assertTrue(check.applicable());
        // the first generator is the shift x -> x+1; the first monomial in canonical order that
        // it moves to a different coefficient is the changed bond or the bond shifted onto it
        Monomial shiftedOnto = pair(ising.site(0, 2), ising.site(0, 3));
        if (changed.compareTo(shiftedOnto) < 0) {
            assertEquals(changed, check.monomial());
            assertEquals(pair(ising.site(2, 2), ising.site(2, 3)), check.image());
            assertEquals(-1.5, check.coefficient());
            assertEquals(-1, check.imageCoefficient());
        } else {
            assertEquals(shiftedOnto, check.monomial());
            assertEquals(changed, check.image());
            assertEquals(-1, check.coefficient());
            assertEquals(-1.5, check.imageCoefficient());
        }
    }

    @Test
    void translationWitnessOfAnUntranslatedTermHasAnAbsentImage() {
        HandBuiltIsing ising = new HandBuiltIsing(3, 3, true);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {3, 3}, true));
        Monomial lonely = Monomial.of(ising.site(1, 1));
        Polynomial h = ising.hamiltonian(1, 1, 0).plus(Polynomial.monomial(lonely, 2));
        SymmetryCheck check = Symmetries.check(Symmetry.TRANSLATION, h, space);
        assertFalse(check.holds());
        assertEquals(lonely, check.monomial());
        assertEquals(Monomial.of(ising.site(2, 1)), check.image());
        assertEquals(2, check.coefficient());
        assertEquals(0, check.imageCoefficient());
    }

    @Test
    void translationDoesNotApplyWithoutAPeriodicAxis() {
        HandBuiltIsing ising = new HandBuiltIsing(3, 3, false);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {3, 3}, false));
        SymmetryCheck check = Symmetries.check(Symmetry.TRANSLATION, ising.hamiltonian(1, 1, 0), space);
        assertFalse(check.applicable());
        assertFalse(check.holds());
        assertTrue(check.notApplicable().contains("no periodic axis"), check.notApplicable());
    }

    @Test
    void tinyCoefficientDifferencesAreTolerated() {
        HandBuiltIsing ising = new HandBuiltIsing(3, 3, true);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {3, 3}, true));
        Monomial bond = pair(ising.site(0, 0), ising.site(0, 1));
        Polynomial nearly = ising.hamiltonian(1, 1, 0).plus(Polynomial.monomial(bond, 1e-12));
        assertTrue(Symmetries.check(Symmetry.TRANSLATION, nearly, space).holds());
        Polynomial clearly = ising.hamiltonian(1, 1, 0).plus(Polynomial.monomial(bond, 1e-6));
        assertFalse(Symmetries.check(Symmetry.TRANSLATION, clearly, space).holds());
    }

    @Test
    void flipHoldsForBondsAndFailsOnAFieldTerm() {
        HandBuiltIsing ising = new HandBuiltIsing(3, 3, true);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {3, 3}, true));
        assertTrue(Symmetries.check(Symmetry.FLIP, ising.hamiltonian(1, 1, 0), space).holds());
        SymmetryCheck check = Symmetries.check(Symmetry.FLIP, ising.hamiltonian(1, 1, 0.25), space);
        assertFalse(check.holds());
        assertTrue(check.applicable());
        Monomial firstField = Monomial.of(ising.site(0, 0));
        assertEquals(firstField, check.monomial());
        assertEquals(firstField, check.image());
        assertEquals(-0.25, check.coefficient());
        assertEquals(0.25, check.imageCoefficient());
    }

    @Test
    void flipOfBitsMapsBToOneMinusB() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("b", VariableKind.BIT, 2, 0, 1)));
        Polynomial b0 = Polynomial.atom(0);
        Polynomial b1 = Polynomial.atom(1);
        Polynomial one = Polynomial.constant(1);
        // "b0 equals b1": b0 b1 + (1-b0)(1-b1) is flip invariant
        Polynomial agree = b0.times(b1).plus(one.minus(b0).times(one.minus(b1))).reduce(space);
        assertTrue(Symmetries.check(Symmetry.FLIP, agree, space).holds());
        // b0 - b1 -> b1 - b0; first differing monomial in canonical order is b0
        SymmetryCheck check = Symmetries.check(Symmetry.FLIP, b0.minus(b1), space);
        assertFalse(check.holds());
        assertEquals(Monomial.of(0), check.monomial());
        assertEquals(1, check.coefficient());
        assertEquals(-1, check.imageCoefficient());
    }

    @Test
    void flipOfRealsIsEvenness() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("x", VariableKind.REAL, 2, -1, 1)));
        Polynomial x0 = Polynomial.atom(0);
        Polynomial x1 = Polynomial.atom(1);
        assertTrue(Symmetries.check(Symmetry.FLIP, x0.pow(2).plus(x0.times(x1)).plus(Polynomial.constant(3)), space).holds());
        SymmetryCheck check = Symmetries.check(Symmetry.FLIP, x0.pow(2).plus(x0.pow(2).times(x1)), space);
        assertEquals(Monomial.of(0, 2).times(Monomial.of(1)), check.monomial());
    }

    @Test
    void reflectionHoldsForUniformModelsAndFailsForAGradient() {
        HandBuiltIsing ising = new HandBuiltIsing(4, 3, false);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {4, 3}, false));
        assertTrue(Symmetries.check(Symmetry.REFLECTION, ising.hamiltonian(1, 2, 0.5), space).holds());

        LatticeGeometry chain = new LatticeGeometry("chain", new int[] {5}, false);
        VariableSpace chainSpace = spinsOn(chain);
        PolynomialBuilder gradient = new PolynomialBuilder();
        for (int i = 0; i < 5; i++) {
            gradient.add(Monomial.of(i), i);
        }
        SymmetryCheck check = Symmetries.check(Symmetry.REFLECTION, gradient.build(), chainSpace);
        assertFalse(check.holds());
        assertEquals(Monomial.of(1), check.monomial());
        assertEquals(Monomial.of(3), check.image());
        assertEquals(1, check.coefficient());
        assertEquals(3, check.imageCoefficient());
    }

    @Test
    void reflectionNeedsALattice() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("x", VariableKind.REAL, 3, -1, 1)));
        assertFalse(Symmetries.check(Symmetry.REFLECTION, Polynomial.atom(0), space).applicable());
    }

    @Test
    void rotationHoldsForIsotropicSquareLattices() {
        HandBuiltIsing ising = new HandBuiltIsing(4, 4, true);
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {4, 4}, true));
        assertTrue(Symmetries.check(Symmetry.ROTATION, ising.hamiltonian(1, 1, 0.3), space).holds());
        SymmetryCheck anisotropic = Symmetries.check(Symmetry.ROTATION, ising.hamiltonian(1, 2, 0), space);
        assertFalse(anisotropic.holds());
        assertTrue(anisotropic.applicable());
        // the first bond in canonical order, s(0,0) s(0,1) along y, turns into s(0,3) s(1,3) along x
        assertEquals(pair(ising.site(0, 0), ising.site(0, 1)), anisotropic.monomial());
        assertEquals(pair(ising.site(0, 3), ising.site(1, 3)), anisotropic.image());
        assertEquals(-2, anisotropic.coefficient());
        assertEquals(-1, anisotropic.imageCoefficient());
    }

    @Test
    void rotationDoesNotApplyToAnOblongLattice() {
        HandBuiltIsing ising = new HandBuiltIsing(3, 4, true);
        VariableSpace space = spinsOn(new LatticeGeometry("board", new int[] {3, 4}, true));
        SymmetryCheck check = Symmetries.check(Symmetry.ROTATION, ising.hamiltonian(1, 1, 0), space);
        assertFalse(check.applicable());
        assertFalse(check.holds());
        assertTrue(check.notApplicable().contains("board"), check.notApplicable());
        assertTrue(check.notApplicable().contains("3 x 4"), check.notApplicable());

        VariableSpace chain = spinsOn(new LatticeGeometry("line", new int[] {5}, true));
        SymmetryCheck onChain = Symmetries.check(Symmetry.ROTATION, Polynomial.atom(0), chain);
        assertFalse(onChain.applicable());
        assertTrue(onChain.notApplicable().contains("line"), onChain.notApplicable());
    }

    @Test
    void rotationOfACubeTurnsEveryPlane() {
        LatticeGeometry cube = new LatticeGeometry("cube", new int[] {3, 3, 3}, false);
        VariableSpace space = spinsOn(cube);
        // a field growing along z only is invariant under the turn in the (x, y) plane, not the others
        PolynomialBuilder field = new PolynomialBuilder();
        for (int site = 0; site < 27; site++) {
            field.add(Monomial.of(site), 1 + site % 3);
        }
        assertFalse(Symmetries.check(Symmetry.ROTATION, field.build(), space).holds());
        PolynomialBuilder uniform = new PolynomialBuilder();
        for (int site = 0; site < 27; site++) {
            uniform.add(Monomial.of(site), 1);
        }
        assertTrue(Symmetries.check(Symmetry.ROTATION, uniform.build(), space).holds());
    }

    @Test
    void permutationHoldsForPowerSumsAndFailsForASinglePair() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("x", VariableKind.REAL, 4, -1, 1)));
        PolynomialBuilder squares = new PolynomialBuilder();
        for (int i = 0; i < 4; i++) {
            squares.add(Monomial.of(i, 2), 1);
        }
        assertTrue(Symmetries.check(Symmetry.PERMUTATION, squares.build(), space).holds());

        // (0 1) leaves x0 x1 alone; the cycle moves it to x1 x2, which is absent
        Polynomial pair = Polynomial.atom(0).times(Polynomial.atom(1));
        SymmetryCheck check = Symmetries.check(Symmetry.PERMUTATION, pair, space);
        assertFalse(check.holds());
        assertEquals(pair(0, 1), check.monomial());
        assertEquals(pair(1, 2), check.image());
        assertEquals(1, check.coefficient());
        assertEquals(0, check.imageCoefficient());
    }

    @Test
    void permutationRelabelsVectorsOfOneSizeTogether() {
        // particles with positions x and momenta p: sum_i x_i p_i is invariant, x_0 p_1 is not
        VariableDeclaration x = VariableDeclaration.vector("x", VariableKind.REAL, 3, -1, 1);
        VariableDeclaration p = VariableDeclaration.vector("p", VariableKind.REAL, 3, -1, 1);
        VariableSpace space = new VariableSpace(List.of(x, p));
        PolynomialBuilder dot = new PolynomialBuilder();
        for (int i = 0; i < 3; i++) {
            dot.add(pair(space.inputAtom(x, i), space.inputAtom(p, i)), 1);
        }
        assertTrue(Symmetries.check(Symmetry.PERMUTATION, dot.build(), space).holds());
        Polynomial cross = Polynomial.monomial(pair(space.inputAtom(x, 0), space.inputAtom(p, 1)), 1);
        assertFalse(Symmetries.check(Symmetry.PERMUTATION, cross, space).holds());
    }

    @Test
    void permutationNeedsAVector() {
        VariableSpace space = spinsOn(new LatticeGeometry("grid", new int[] {2, 2}, true));
        SymmetryCheck check = Symmetries.check(Symmetry.PERMUTATION, Polynomial.atom(0), space);
        assertFalse(check.applicable());
    }

    @Test
    void symmetriesAreNamedAsInTheLanguage() {
        assertEquals(Symmetry.TRANSLATION, Symmetry.byName("translation"));
        assertEquals(Symmetry.PERMUTATION, Symmetry.byName("permutation"));
        assertNull(Symmetry.byName("Translation"));
        assertNull(Symmetry.byName("gauge"));
        assertTrue(SymmetryCheck.ok().holds());
        assertTrue(SymmetryCheck.ok().applicable());
    }
}
