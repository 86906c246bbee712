package org.cheapnet.dsl.compiler.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.junit.jupiter.api.Test;

/** Templates of hand-built polynomials, checked against brute-force orbits and closed forms. */
class TranslationTemplatesTest {

    private static final LatticeGeometry RING3 = new LatticeGeometry("ring", new int[] {3}, true);
    private static final LatticeGeometry RING8 = new LatticeGeometry("ring", new int[] {8}, true);
    private static final LatticeGeometry GRID = new LatticeGeometry("grid", new int[] {3, 4}, true);

    /** 1 + 2 sum_c x_c x_{c+1} on a ring of 3 at x = (1, 2, 3): 1 + 2 (2 + 6 + 3) = 23. */
    @Test
    void evaluateAndExpandOfAHandMadeTemplate() {
        VariableDeclaration x = VariableDeclaration.onLattice("x", VariableKind.REAL, RING3, -5, 5);
        VariableSpace space = new VariableSpace(List.of(x));
        TranslationTemplate template = new TranslationTemplate(RING3, 1,
                List.of(new TemplateTerm(2, List.of(new TemplateFactor(x, new int[] {0}, 1),
                        new TemplateFactor(x, new int[] {1}, 1)))));
        assertEquals(23, template.evaluate(new double[] {1, 2, 3}, space));
        Polynomial expected = Polynomial.constant(1)
                .plus(Polynomial.monomial(Monomial.of(0).times(Monomial.of(1)), 2))
                .plus(Polynomial.monomial(Monomial.of(1).times(Monomial.of(2)), 2))
                .plus(Polynomial.monomial(Monomial.of(0).times(Monomial.of(2)), 2));
        assertEquals(expected, template.expand(space));
    }

    @Test
    void offsetsOutsideTheLatticeAreRejected() {
        VariableDeclaration x = VariableDeclaration.onLattice("x", VariableKind.REAL, RING3, -1, 1);
        List<TemplateTerm> negative = List.of(new TemplateTerm(1, List.of(new TemplateFactor(x, new int[] {-1}, 1))));
        assertThrows(IllegalArgumentException.class, () -> new TranslationTemplate(RING3, 0, negative));
        List<TemplateTerm> tooFar = List.of(new TemplateTerm(1, List.of(new TemplateFactor(x, new int[] {3}, 1))));
        assertThrows(IllegalArgumentException.class, () -> new TranslationTemplate(RING3, 0, tooFar));
    }

    /**
     * Random translation-invariant polynomials in two fields on a 3 x 4 torus: each is a sum of
     * full orbits (all translates, enumerated by brute force) of random monomials, some of them
     * with repeated sites or periodic patterns. The template has one term per distinct orbit and
     * reproduces the polynomial.
     */
    @Test
    void oneTermPerBruteForceOrbit() {
        VariableDeclaration phi = VariableDeclaration.onLattice("phi", VariableKind.REAL, GRID, -1, 1);
        VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, GRID, -1, 1);
        VariableSpace space = new VariableSpace(List.of(phi, s));
        Random random = new Random(5);
        for (int round = 0; round < 30; round++) {
            PolynomialBuilder builder = new PolynomialBuilder();
            Set<Set<Monomial>> orbits = new HashSet<>();
            int generators = 1 + random.nextInt(6);
            for (int g = 0; g < generators; g++) {
                Monomial m = randomMonomial(space, random);
                Set<Monomial> orbit = bruteForceOrbit(m);
                double coefficient = random.nextInt(7) - 3.5;
                if (orbits.add(orbit)) {
                    for (Monomial member : orbit) {
                        builder.add(member, coefficient);
                    }
                }
            }
            Polynomial p = builder.build();
            Optional<TranslationTemplate> template = TranslationTemplates.of(p, space);
            assertTrue(template.isPresent(), () -> "no template for\n" + p);
            assertEquals(orbits.size(), template.get().terms().size(), () -> "orbits of\n" + p);
            assertSamePolynomial(p, template.get().expand(space));
        }
    }

    /** The product phi_(0,0) phi_(0,2) on a ring of 4 columns is its own translate by (0,2). */
    @Test
    void stabilizedPairHalvesItsCoefficientPerCell() {
        VariableDeclaration phi = VariableDeclaration.onLattice("phi", VariableKind.REAL, GRID, -1, 1);
        VariableSpace space = new VariableSpace(List.of(phi));
        Set<Monomial> orbit = bruteForceOrbit(Monomial.of(GRID.site(new int[] {0, 0})).times(
                Monomial.of(GRID.site(new int[] {0, 2}))));
        assertEquals(6, orbit.size());
        PolynomialBuilder builder = new PolynomialBuilder();
        orbit.forEach(m -> builder.add(m, 4.0));
        TranslationTemplate template = TranslationTemplates.of(builder.build(), space).orElseThrow();
        assertEquals(1, template.terms().size());
        // 4 * 6 members / 12 cells
        assertEquals(2.0, template.terms().get(0).coefficient(), 1e-15);
        assertSamePolynomial(builder.build(), template.expand(space));
    }

    /** Coefficients that differ in the last bits still make one orbit; a visible difference does not. */
    @Test
    void roundingInsideAnOrbitIsToleratedButADefectIsNot() {
        VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, RING8, -1, 1);
        VariableSpace space = new VariableSpace(List.of(s));
        PolynomialBuilder rounded = new PolynomialBuilder();
        PolynomialBuilder defect = new PolynomialBuilder();
        for (int i = 0; i < 8; i++) {
            Monomial bond = Monomial.of(i).times(Monomial.of((i + 1) % 8));
            rounded.add(bond, i == 5 ? Math.nextUp(0.3) : 0.3);
            defect.add(bond, i == 5 ? 0.3 + 1e-6 : 0.3);
        }
        TranslationTemplate template = TranslationTemplates.of(rounded.build(), space).orElseThrow();
        assertEquals(0.3, template.terms().get(0).coefficient(), 1e-15);
        assertTrue(TranslationTemplates.of(defect.build(), space).isEmpty());
    }

    @Test
    void missingTranslateBreaksTheTemplate() {
        VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, RING8, -1, 1);
        VariableSpace space = new VariableSpace(List.of(s));
        PolynomialBuilder builder = new PolynomialBuilder();
        for (int i = 0; i < 7; i++) {
            builder.add(Monomial.of(i).times(Monomial.of(i + 1)), 1);
        }
        assertTrue(TranslationTemplates.of(builder.build(), space).isEmpty());
    }

    @Test
    void constantsAndVectorsHaveNoTemplate() {
        VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, RING8, -1, 1);
        VariableDeclaration v = VariableDeclaration.vector("v", VariableKind.REAL, 3, -1, 1);
        VariableSpace space = new VariableSpace(List.of(s, v));
        assertTrue(TranslationTemplates.of(Polynomial.constant(2), space).isEmpty());
        assertTrue(TranslationTemplates.of(Polynomial.zero(), space).isEmpty());
        assertTrue(TranslationTemplates.of(Polynomial.atom(8).plus(Polynomial.atom(9)), space).isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    /** 1 to 4 random factors of either field, sites drawn from a few so that they repeat. */
    private static Monomial randomMonomial(VariableSpace space, Random random) {
        int factors = 1 + random.nextInt(4);
        int[] atoms = new int[factors];
        int[] exponents = new int[factors];
        for (int f = 0; f < factors; f++) {
            VariableDeclaration declaration = space.inputs().get(random.nextInt(2));
            int site = random.nextInt(3) == 0 ? 0 : random.nextInt(GRID.siteCount());
            atoms[f] = space.offset(declaration) + site;
            exponents[f] = declaration.kind() == VariableKind.SPIN ? 1 : 1 + random.nextInt(3);
        }
        // a spin met twice would need the spin algebra; keep one factor per spin atom
        Monomial m = Monomial.of(atoms, exponents);
        int[] a = new int[m.size()];
        int[] e = new int[m.size()];
        for (int k = 0; k < m.size(); k++) {
            a[k] = m.atom(k);
            e[k] = m.atom(k) >= GRID.siteCount() ? 1 : m.exponent(k);
        }
        return Monomial.of(a, e);
    }

    /** Every translate of m on GRID, atoms of both fields (12 sites each) moved by hand. */
    private static Set<Monomial> bruteForceOrbit(Monomial m) {
        Set<Monomial> orbit = new TreeSet<>();
        int w = GRID.size(0);
        int h = GRID.size(1);
        int sites = w * h;
        for (int dx = 0; dx < w; dx++) {
            for (int dy = 0; dy < h; dy++) {
                int tx = dx;
                int ty = dy;
                orbit.add(m.mapAtoms(atom -> {
                    int field = atom / sites;
                    int site = atom % sites;
                    int x = (site / h + tx) % w;
                    int y = (site % h + ty) % h;
                    return field * sites + x * h + y;
                }));
            }
        }
        return orbit;
    }

    private static void assertSamePolynomial(Polynomial expected, Polynomial actual) {
        assertEquals(expected.termCount(), actual.termCount(), () -> "terms of\n" + actual + "\nagainst\n" + expected);
        for (int i = 0; i < expected.termCount(); i++) {
            Monomial m = expected.monomial(i);
            double c = expected.coefficientAt(i);
            assertEquals(c, actual.coefficient(m), 1e-12 * Math.abs(c), () -> "coefficient of " + m);
        }
    }
}
