package org.cheapnet.dsl.compiler.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.cheapnet.dsl.compiler.analysis.Symmetries;
import org.cheapnet.dsl.compiler.analysis.Symmetry;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Evaluator;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * Unit-cell templates of models written in the language. Every template found is checked against
 * the lowered polynomial (term by term and by value at random points) and against a per-cell
 * form worked out by hand from the model's text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class TranslationTemplatesLanguageTest {

    private static final int POINTS = 20;

    private static final String ISING = """
            model Ising {
                lattice grid = square(%d, %d) periodic
                spin s on grid
                param J = 1.0
                param h = 0.1
                hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b] - h * sum(a in grid) s[a]
            }
            """;

    @Inject
    private ParseHelper<HamFile> parser;

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 8})
    void periodicIsingIsTwoBondsAndAFieldPerCell(int l) throws Exception {
        LoweredModel model = lower(ISING.formatted(l, l));
        VariableSpace space = model.space();
        TranslationTemplate template = templateOf(model);
        assertEquals(0, template.constant());
        assertTerms(Map.of(
                List.of(factor(space, "s", 1, 0, 0)), -0.1,
                List.of(factor(space, "s", 1, 0, 0), factor(space, "s", 1, 1, 0)), -1.0,
                List.of(factor(space, "s", 1, 0, 0), factor(space, "s", 1, 0, 1)), -1.0), template);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 16, 64})
    void isingTemplateSizeDoesNotGrowWithTheLattice(int l) throws Exception {
        TranslationTemplate template = templateOf(lower(ISING.formatted(l, l)));
        assertEquals(3, template.terms().size());
        assertEquals(l * l, template.cellCount());
        assertEquals(1, template.reach()[0]);
        assertEquals(1, template.reach()[1]);
    }

    @Test
    void nonSquareIsingKeepsItsAxes() throws Exception {
        LoweredModel model = lower(ISING.formatted(3, 7));
        VariableSpace space = model.space();
        assertTerms(Map.of(
                List.of(factor(space, "s", 1, 0, 0)), -0.1,
                List.of(factor(space, "s", 1, 0, 0), factor(space, "s", 1, 1, 0)), -1.0,
                List.of(factor(space, "s", 1, 0, 0), factor(space, "s", 1, 0, 1)), -1.0), templateOf(model));
    }

    /** Per cell: phi^2 (0.5 + 0.5 - 0.5), the neighbour product -1, lambda phi^4; the constant once. */
    @Test
    void phi4ChainHasThreeTermsPerCellAndTheConstantOnce() throws Exception {
        LoweredModel model = lower("""
                model Phi4 {
                    lattice line = chain(9) periodic
                    real phi on line in [-2, 2]
                    param lambda = 0.25
                    hamiltonian H = sum(i in line) (0.5 * (phi[i + 1] - phi[i])^2 - 0.5 * phi[i]^2 + lambda * phi[i]^4) + 3
                }
                """);
        VariableSpace space = model.space();
        TranslationTemplate template = templateOf(model);
        assertEquals(3, template.constant());
        assertTerms(Map.of(
                List.of(factor(space, "phi", 2, 0)), 0.5,
                List.of(factor(space, "phi", 4, 0)), 0.25,
                List.of(factor(space, "phi", 1, 0), factor(space, "phi", 1, 1)), -1.0), template);
    }

    @Test
    void periodicCubicLatticeHasThreeBondsAndASquare() throws Exception {
        LoweredModel model = lower("""
                model Cube {
                    lattice cube = cubic(3, 4, 5) periodic
                    real x on cube in [-1, 1]
                    hamiltonian H = sum(<a, b> in cube) x[a] * x[b] - 0.5 * sum(a in cube) x[a]^2
                }
                """);
        VariableSpace space = model.space();
        assertTerms(Map.of(
                List.of(factor(space, "x", 2, 0, 0, 0)), -0.5,
                List.of(factor(space, "x", 1, 0, 0, 0), factor(space, "x", 1, 1, 0, 0)), 1.0,
                List.of(factor(space, "x", 1, 0, 0, 0), factor(space, "x", 1, 0, 1, 0)), 1.0,
                List.of(factor(space, "x", 1, 0, 0, 0), factor(space, "x", 1, 0, 0, 1)), 1.0), templateOf(model));
    }

    /** s[a] s[a + (1,-1)]: the smallest box holding both sites puts them at (0,1) and (1,0). */
    @Test
    void diagonalBondGetsNonNegativeOffsetsOfLeastSpan() throws Exception {
        LoweredModel model = lower("""
                model Diagonal {
                    lattice grid = square(5, 6) periodic
                    spin s on grid
                    hamiltonian H = sum(a in grid) s[a] * s[a + (1, -1)]
                }
                """);
        VariableSpace space = model.space();
        TranslationTemplate template = templateOf(model);
        assertTerms(Map.of(List.of(factor(space, "s", 1, 0, 1), factor(space, "s", 1, 1, 0)), 1.0), template);
        assertEquals(1, template.reach()[0]);
        assertEquals(1, template.reach()[1]);
    }

    @Test
    void twoFieldsOnOneLatticeMoveTogether() throws Exception {
        LoweredModel model = lower("""
                model TwoFields {
                    lattice grid = square(4, 5) periodic
                    real phi on grid in [-1, 1]
                    real psi on grid in [-2, 2]
                    hamiltonian H = sum(a in grid) (phi[a] * psi[a + (1, 0)] + 0.5 * phi[a]^2 * psi[a] + 2 * psi[a]^2)
                                  - sum(<a, b> in grid) phi[a] * phi[b]
                }
                """);
        VariableSpace space = model.space();
        assertTerms(Map.of(
                List.of(factor(space, "psi", 2, 0, 0)), 2.0,
                List.of(factor(space, "phi", 1, 0, 0), factor(space, "psi", 1, 1, 0)), 1.0,
                List.of(factor(space, "phi", 2, 0, 0), factor(space, "psi", 1, 0, 0)), 0.5,
                List.of(factor(space, "phi", 1, 0, 0), factor(space, "phi", 1, 1, 0)), -1.0,
                List.of(factor(space, "phi", 1, 0, 0), factor(space, "phi", 1, 0, 1)), -1.0), templateOf(model));
    }

    /**
     * On chain(2) periodic the bond sum visits s0 s1 twice (coefficient -2J); its orbit has one
     * member, so per cell -2J * 1 / 2 = -J.
     */
    @Test
    void bondVisitedTwiceOnAPeriodicChainOfTwo() throws Exception {
        LoweredModel model = lower("""
                model Pair {
                    lattice line = chain(2) periodic
                    spin s on line
                    param J = 1.5
                    hamiltonian H = -J * sum(<a, b> in line) s[a] * s[b] - 0.25 * sum(a in line) s[a]
                }
                """);
        VariableSpace space = model.space();
        Polynomial h = expanded(model);
        assertEquals(-3.0, h.coefficient(Monomial.of(0).times(Monomial.of(1))));
        assertTerms(Map.of(
                List.of(factor(space, "s", 1, 0)), -0.25,
                List.of(factor(space, "s", 1, 0), factor(space, "s", 1, 1)), -1.5), templateOf(model));
    }

    /** square(2, 2): four distinct bonds, each visited twice; each orbit has 2 members of 4 cells. */
    @Test
    void bondsVisitedTwiceOnASquareOfTwoByTwo() throws Exception {
        LoweredModel model = lower(ISING.formatted(2, 2));
        VariableSpace space = model.space();
        assertEquals(-2.0, expanded(model).coefficient(Monomial.of(0).times(Monomial.of(2))));
        assertTerms(Map.of(
                List.of(factor(space, "s", 1, 0, 0)), -0.1,
                List.of(factor(space, "s", 1, 0, 0), factor(space, "s", 1, 1, 0)), -1.0,
                List.of(factor(space, "s", 1, 0, 0), factor(space, "s", 1, 0, 1)), -1.0), templateOf(model));
    }

    /** The product of all five spins is its own translate: an orbit of one, 3/5 per cell. */
    @Test
    void productOfAllSpinsOfARingIsAnOrbitOfOne() throws Exception {
        LoweredModel model = lower("""
                model Ring {
                    lattice ring = chain(5) periodic
                    spin s on ring
                    hamiltonian H = 3 * prod(i in ring) s[i] - sum(<a, b> in ring) s[a] * s[b]
                }
                """);
        VariableSpace space = model.space();
        assertTerms(Map.of(
                List.of(factor(space, "s", 1, 0), factor(space, "s", 1, 1)), -1.0,
                List.of(factor(space, "s", 1, 0), factor(space, "s", 1, 1), factor(space, "s", 1, 2),
                        factor(space, "s", 1, 3), factor(space, "s", 1, 4)), 3.0 / 5), templateOf(model));
    }

    /** s0 s2 s4 + s1 s3 s5 on a ring of 6: one orbit of two members, 1 * 2 / 6 per cell. */
    @Test
    void everyOtherSiteProductIsAnOrbitOfTwo() throws Exception {
        LoweredModel model = lower("""
                model Alternating {
                    lattice ring = chain(6) periodic
                    spin s on ring
                    hamiltonian H = sum(j in 0..1) prod(i in 0..2) s[2 * i + j]
                }
                """);
        VariableSpace space = model.space();
        assertTerms(Map.of(List.of(factor(space, "s", 1, 0), factor(space, "s", 1, 2), factor(space, "s", 1, 4)),
                2.0 / 6), templateOf(model));
    }

    /** Coarse bonds are invariant under translations by 2 of the fine lattice only. */
    @Test
    void blockSpinCompositionIsNotInvariantUnderSingleSiteTranslations() throws Exception {
        LoweredModel model = lower("""
                model BlockSpin {
                    lattice fine = square(8, 8) periodic
                    lattice coarse = square(4, 4) periodic
                    spin s on fine
                    let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
                    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b]
                }
                """);
        LoweredHamiltonian h = model.hamiltonians().values().iterator().next();
        assertFalse(h.expanded().isConstant());
        assertFalse(Symmetries.check(Symmetry.TRANSLATION, h.expanded(), model.space()).holds());
        assertTrue(TranslationTemplates.of(h.expanded(), model.space()).isEmpty());
        // with the lets kept, the atoms are lets: no template either
        assertTrue(TranslationTemplates.of(h.withLets(), model.space()).isEmpty());
    }

    @Test
    void openLatticeHasNoTemplate() throws Exception {
        LoweredModel model = lower("""
                model Open {
                    lattice line = chain(8) open
                    spin s on line
                    hamiltonian H = -sum(<a, b> in line) s[a] * s[b]
                }
                """);
        assertTrue(TranslationTemplates.of(expanded(model), model.space()).isEmpty());
    }

    @Test
    void latticeVariableWithAScalarHasNoTemplate() throws Exception {
        LoweredModel model = lower("""
                model Field {
                    lattice ring = chain(8) periodic
                    spin s on ring
                    real h in [-1, 1]
                    hamiltonian H = -sum(<a, b> in ring) s[a] * s[b] - h * sum(a in ring) s[a]
                }
                """);
        assertTrue(TranslationTemplates.of(expanded(model), model.space()).isEmpty());
    }

    @Test
    void oneChangedBondBreaksTheTemplate() throws Exception {
        LoweredModel model = lower("""
                model Defect {
                    lattice ring = chain(8) periodic
                    spin s on ring
                    hamiltonian H = -sum(<a, b> in ring) s[a] * s[b] + 0.5 * s[3] * s[4]
                }
                """);
        assertTrue(TranslationTemplates.of(expanded(model), model.space()).isEmpty());
    }

    @Test
    void twoLatticesOfTheSameShapeHaveNoCommonTemplate() throws Exception {
        LoweredModel model = lower("""
                model TwoRings {
                    lattice left = chain(6) periodic
                    lattice right = chain(6) periodic
                    real x on left in [-1, 1]
                    real y on right in [-1, 1]
                    hamiltonian H = sum(i in left) x[i] * y[i]
                }
                """);
        assertTrue(TranslationTemplates.of(expanded(model), model.space()).isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    /** The template of the model's only hamiltonian, after checking it reproduces the polynomial. */
    private static TranslationTemplate templateOf(LoweredModel model) {
        Polynomial p = expanded(model);
        assertTrue(Symmetries.check(Symmetry.TRANSLATION, p, model.space()).holds(), "the model is translation invariant");
        Optional<TranslationTemplate> template = TranslationTemplates.of(p, model.space());
        assertTrue(template.isPresent(), "a template for a translation-invariant polynomial");
        assertReproduces(template.get(), p, model);
        return template.get();
    }

    /** expand equals p term by term, and evaluate equals the evaluator at random points. */
    private static void assertReproduces(TranslationTemplate template, Polynomial p, LoweredModel model) {
        VariableSpace space = model.space();
        Polynomial expanded = template.expand(space);
        assertEquals(p.termCount(), expanded.termCount(), () -> "terms of\n" + expanded + "\nagainst\n" + p);
        for (int i = 0; i < p.termCount(); i++) {
            Monomial m = p.monomial(i);
            double expected = p.coefficientAt(i);
            assertEquals(expected, expanded.coefficient(m), 1e-12 * Math.abs(expected), () -> "coefficient of " + m);
        }
        Random random = new Random(11);
        double scale = 0;
        for (int i = 0; i < p.termCount(); i++) {
            scale += Math.abs(p.coefficientAt(i)) * Math.pow(2, p.monomial(i).degree());
        }
        for (int point = 0; point < POINTS; point++) {
            double[] x = randomPoint(space, random);
            double expected = Evaluator.evaluate(p, space, model.lets(), x);
            assertEquals(expected, template.evaluate(x, space), 1e-12 * scale);
        }
    }

    private static double[] randomPoint(VariableSpace space, Random random) {
        double[] x = new double[space.inputCount()];
        for (int atom = 0; atom < x.length; atom++) {
            VariableDeclaration declaration = space.declarationOf(atom);
            x[atom] = switch (declaration.kind()) {
                case SPIN -> random.nextBoolean() ? 1 : -1;
                case BIT -> random.nextBoolean() ? 1 : 0;
                case REAL -> declaration.lo() + (declaration.hi() - declaration.lo()) * random.nextDouble();
            };
        }
        return x;
    }

    /** The template's terms are exactly these, factors in this order, coefficients within 1e-12 relative. */
    private static void assertTerms(Map<List<TemplateFactor>, Double> expected, TranslationTemplate template) {
        Map<List<TemplateFactor>, Double> actual = new HashMap<>();
        for (TemplateTerm term : template.terms()) {
            assertEquals(null, actual.put(term.factors(), term.coefficient()), () -> "repeated term " + term);
        }
        assertEquals(expected.keySet(), actual.keySet(), () -> "template:\n" + template);
        for (Map.Entry<List<TemplateFactor>, Double> term : expected.entrySet()) {
            assertEquals(term.getValue(), actual.get(term.getKey()), 1e-12 * Math.abs(term.getValue()),
                    () -> "coefficient of " + term.getKey());
        }
    }

    private static TemplateFactor factor(VariableSpace space, String name, int exponent, int... offset) {
        VariableDeclaration declaration = space.inputs().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow();
        return new TemplateFactor(declaration, offset, exponent);
    }

    private static Polynomial expanded(LoweredModel model) {
        assertEquals(1, model.hamiltonians().size());
        return model.hamiltonians().values().iterator().next().expanded();
    }

    private LoweredModel lower(String text) throws Exception {
        HamFile file = parser.parse(text);
        assertNotNull(file);
        assertTrue(file.eResource().getErrors().isEmpty(), () -> "syntax errors: " + file.eResource().getErrors());
        LoweredModel lowered = Lowering.lower(file.getModels().get(0));
        assertTrue(lowered.diagnostics().isEmpty(), () -> "lowering diagnostics: " + lowered.diagnostics());
        return lowered;
    }
}
