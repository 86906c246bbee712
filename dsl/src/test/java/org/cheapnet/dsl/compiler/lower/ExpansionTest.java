package org.cheapnet.dsl.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.cheapnet.dsl.compiler.lower.AstInterpreter.Input;
import org.cheapnet.dsl.compiler.lower.AstInterpreter.Point;
import org.cheapnet.dsl.compiler.poly.Evaluator;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.VariableKind;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Lowering against an independent reading of the language: every hamiltonian of each model is
 * evaluated by {@link AstInterpreter} straight from the AST and compared with the expanded
 * polynomial and with the let-kept polynomial (lets evaluated through their definitions), at
 * all states of small spin/bit models and at random points otherwise.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class ExpansionTest {

    /** Enumerate every state when a model has at most this many discrete inputs. */
    private static final int MAX_ENUMERATED_INPUTS = 16;
    private static final int RANDOM_POINTS = 200;

    @Inject
    private ParseHelper<HamFile> parser;

    // ---- lattices and boundaries ----

    @Test
    void ising2dPeriodicAtAllStates() throws Exception {
        Model model = parse("""
                model M {
                    lattice grid = square(3, 3) periodic
                    spin s on grid
                    param J = 1.0
                    param h = 0.3
                    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b] - h * sum(a in grid) s[a]
                }
                """);
        assertEquals(512, assertAgrees(model));
        // 9 sites x 2 axes bonds, 9 field terms
        assertEquals(18 + 9, expanded(model, "H").termCount());
    }

    @Test
    void ising2dOpenAtAllStates() throws Exception {
        Model model = parse("""
                model M {
                    lattice grid = square(3, 3) open
                    spin s on grid
                    param J = 0.7
                    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b] + 0.2 * sum(a in grid) s[a]
                    hamiltonian Diagonal = sum(a in grid) s[a] * s[a + (1, 1)] - 2 * sum(a in grid) s[a - (1, 0)] * s[a - (0, 1)]
                }
                """);
        assertEquals(2 * 512, assertAgrees(model));
        // open 3 x 3: 2 * 3 * 2 = 12 bonds
        assertEquals(12 + 9, expanded(model, "H").termCount());
        // diagonals (x, y)-(x+1, y+1) for x, y in 0..1: 4 terms; anti-diagonals (x-1, y)-(x, y-1) for x, y in 1..2: 4 terms
        assertEquals(4 + 4, expanded(model, "Diagonal").termCount());
    }

    @Test
    void phi4ChainOpenAndPeriodic() throws Exception {
        for (String boundary : new String[] {"open", "periodic"}) {
            Model model = parse("""
                    model M {
                        lattice line = chain(8) %s
                        real phi on line in [-2, 2]
                        param m2 = -1.0
                        param g = 0.25
                        hamiltonian H = sum(i in line) (phi[i + 1] - phi[i])^2
                                      + sum(i in line) (0.5 * m2 * phi[i]^2 + g * phi[i]^4)
                        hamiltonian Hopping = -sum(i in line) phi[i] * phi[i + 1] + sum(i in line) phi[i - 1] * phi[i] * phi[i + 1]
                    }
                    """.formatted(boundary));
            assertEquals(2 * RANDOM_POINTS, assertAgrees(model));
        }
    }

    @Test
    void cubicLatticePeriodicAtRandomAndOpenAtAllStates() throws Exception {
        Model periodic = parse("""
                model M {
                    lattice cube = cubic(3, 3, 3) periodic
                    spin s on cube
                    hamiltonian H = -sum(<a, b> in cube) s[a] * s[b] + 0.5 * sum(a in cube) s[a] * s[a + (1, 1, 1)] * s[a - (0, 0, 1)]
                }
                """);
        assertEquals(RANDOM_POINTS, assertAgrees(periodic));
        // 27 sites x 3 axes
        assertEquals(81 + 27, expanded(periodic, "H").termCount());

        Model open = parse("""
                model M {
                    lattice cube = cubic(2, 2, 2) open
                    bit b on cube
                    hamiltonian H = sum(<a, b2> in cube) b[a] * b[b2] - sum(a in cube) b[a] * b[a + (1, 0, 0)] * b[a + (0, 0, 1)]
                }
                """);
        assertEquals(256, assertAgrees(open));
        // 12 edges of the cube; (x+1, z+1) inside only for x = 0, z = 0: 2 triples
        assertEquals(12 + 2, expanded(open, "H").termCount());
    }

    @Test
    void siteArithmeticTuplesIntegersAndExplicitCoordinates() throws Exception {
        Model model = parse("""
                model M {
                    lattice grid = square(4, 3) periodic
                    lattice line = chain(5) periodic
                    spin s on grid
                    real x on line in [-1, 2]
                    real z
                    hamiltonian H = sum(a in grid) s[a + (1, 0)] * s[a - (0, 1)] * s[2 * a]
                                  + sum(i in 0..3) sum(j in 0..2) s[i, j] * s[i + 1, j - 1]
                                  + sum(i in line) i * x[i] * x[i - 1]
                                  + sum(i in line) x[3 - i] * x[-i] + z * s[1, 2] + s[(3, 1) + (2, 2)]
                }
                """);
        assertEquals(RANDOM_POINTS, assertAgrees(model));
    }

    @Test
    void chainSitesNextToPolynomialsAndFractionsAreNumbers() throws Exception {
        Model model = parse("""
                model P {
                    lattice line = chain(4) open
                    real phi on line
                    hamiltonian A = sum(i in line) (phi[i] + i)
                    hamiltonian B = sum(i in line) 0.5 * i * phi[i]
                    hamiltonian E = sum(i in line) (i - 1.5) * phi[i]
                }
                """);
        assertEquals(3 * RANDOM_POINTS, assertAgrees(model));
    }

    // ---- composition ----

    @Test
    void blockSpinCompositionAtAllStatesAndOnTheLanguageExampleAtRandom() throws Exception {
        String text = """
                model M {
                    lattice fine = square(%d, %d) periodic
                    lattice coarse = square(%d, %d) periodic
                    spin s on fine
                    let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
                    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b]
                }
                """;
        assertEquals(1 << 16, assertAgrees(parse(text.formatted(4, 4, 2, 2))));
        Model large = parse(text.formatted(8, 8, 4, 4));
        assertEquals(RANDOM_POINTS, assertAgrees(large));
        assertEquals(32 * 16, expanded(large, "H").termCount());
    }

    @Test
    void letsOnOpenLatticesLeaveOutTheTermsThatUseAnOutsideInstance() throws Exception {
        // m[c] for c = (2, y) or (x, 2) names s[5, .] or s[., 5], outside the open 5 x 5 lattice
        Model model = parse("""
                model M {
                    lattice fine = square(5, 5) open
                    lattice coarse = square(3, 3) open
                    spin s on fine
                    let m[c in coarse] = s[2*c] + s[2*c + (1,1)]
                    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b] + sum(c in coarse) m[c]
                }
                """);
        assertEquals(RANDOM_POINTS, assertAgrees(model));
    }

    @Test
    void chainedScalarAndRangeLets() throws Exception {
        Model model = parse("""
                model M {
                    lattice line = chain(8) open
                    real phi on line
                    real x[5] in [-2, 1]
                    let d[i in line] = phi[i + 1] - phi[i]
                    let e[i in line] = d[i] * d[i] + d[i - 1]
                    let w[k in 0..3] = x[k] + 2 * x[k + 1]
                    let total = sum(i in line) phi[i]
                    hamiltonian H = sum(i in line) e[i] + total^2 - sum(k in 0..3) w[k] * w[3 - k] + w[2]^3
                }
                """);
        assertEquals(RANDOM_POINTS, assertAgrees(model));
    }

    /** sum over an open chain(8) of (phi[i+1] - phi[i])^2: 7 summands, also when the difference is a let. */
    @Test
    void openChainDifferenceSumHasSevenSummands() throws Exception {
        Model model = parse("""
                model M {
                    lattice line = chain(8) open
                    real phi on line
                    let d[i in line] = phi[i + 1] - phi[i]
                    hamiltonian H = sum(i in line) (phi[i + 1] - phi[i])^2
                    hamiltonian ViaLet = sum(i in line) d[i]^2
                }
                """);
        assertEquals(2 * RANDOM_POINTS, assertAgrees(model));
        LoweredModel lowered = lower(model);
        // phi[i] = i / 8 makes every difference 1/8: H = (number of summands) / 64
        double[] ramp = new double[8];
        for (int i = 0; i < 8; i++) {
            ramp[i] = i / 8.0;
        }
        for (LoweredHamiltonian h : lowered.hamiltonians().values()) {
            assertEquals(7 / 64.0, Evaluator.evaluate(h.expanded(), lowered.space(), lowered.lets(), ramp), 1e-15, h.name());
            Polynomial p = h.expanded();
            // the 7 cross terms -2 phi[i] phi[i+1]; squares 1, 2, ..., 2, 1 (each summand contributes two)
            assertEquals(7, p.monomials().stream().filter(m -> m.size() == 2).count(), h.name());
            double squares = 0;
            for (int i = 0; i < p.termCount(); i++) {
                squares += p.monomial(i).size() == 1 ? p.coefficientAt(i) : 0;
            }
            assertEquals(2 * 7, squares, 1e-12, h.name());
        }
    }

    // ---- arithmetic ----

    @Test
    void powersOfRealSums() throws Exception {
        Model model = parse("""
                model M {
                    real x
                    real y in [-2, 3]
                    hamiltonian H = (x + y)^3 - 2 * (x - 0.5 * y)^2 + x^0 + (2 * x)^1 - (-y)^3
                }
                """);
        assertEquals(RANDOM_POINTS, assertAgrees(model));
        assertEquals(3, expanded(model, "H").degree());
    }

    /** On spins s^2 = 1: the reduced polynomial must still equal the unreduced power at every state. */
    @Test
    void powersOfSpinSumsReduceToTheSameFunction() throws Exception {
        Model model = parse("""
                model M {
                    lattice ring = chain(5) periodic
                    spin s on ring
                    hamiltonian H = sum(<a, b> in ring) (s[a] + s[b])^4 - sum(a in ring) s[a]^3 * s[a + 2]^5
                    hamiltonian All = (sum(a in ring) s[a])^4
                }
                """);
        assertEquals(2 * 32, assertAgrees(model));
        for (String name : new String[] {"H", "All"}) {
            for (Monomial m : expanded(model, name).monomials()) {
                for (int k = 0; k < m.size(); k++) {
                    assertEquals(1, m.exponent(k), name + ": " + m);
                }
            }
        }
    }

    @Test
    void bitsReduceBSquaredToB() throws Exception {
        Model model = parse("""
                model M {
                    lattice grid = square(3, 3) open
                    bit b on grid
                    hamiltonian H = sum(<a, c> in grid) (b[a] - b[c])^2 + sum(a in grid) b[a]^3 * (1 - b[a + (1, 0)])^2
                }
                """);
        assertEquals(512, assertAgrees(model));
    }

    @Test
    void productsOverRangesAndLattices() throws Exception {
        Model model = parse("""
                model M {
                    lattice ring = chain(6) periodic
                    lattice line = chain(6) open
                    real x[6]
                    spin s on ring
                    real phi on line
                    hamiltonian Factors = prod(i in 0..5) (1 + x[i])
                    hamiltonian Spins = prod(a in ring) s[a] + prod(<a, b> in ring) (s[a] + 0.5 * s[b])
                    hamiltonian OpenDifferences = prod(i in line) (phi[i + 1] - phi[i]) + prod(i in 2..4) x[i]^2
                }
                """);
        assertEquals(3 * RANDOM_POINTS, assertAgrees(model));
        assertEquals(64, expanded(model, "Factors").termCount());
    }

    @Test
    void divisionsByConstantsAndParams() throws Exception {
        Model model = parse("""
                model M {
                    real x
                    real y in [0, 4]
                    real z[4]
                    param J = 0.5
                    param K = 2 * J + 1
                    param n = 3
                    hamiltonian H = x / 4 + (x * y) / (2 * J) - sum(i in 0..3) z[i] / (i + 1) + K * x^n - y / K / 3
                }
                """);
        assertEquals(RANDOM_POINTS, assertAgrees(model));
    }

    @Test
    void nestedSumsLeaveOutOnlyTheInnermostTerm() throws Exception {
        Model model = parse("""
                model M {
                    lattice line = chain(6) open
                    real phi on line
                    real x[4]
                    hamiltonian Coefficients = sum(i in 0..3) sum(j in 0..3) (i - 2 * j) * x[i] * x[j]
                    hamiltonian Inner = sum(i in line) sum(j in 1..2) phi[i] * phi[i + j]
                    hamiltonian Outer = sum(i in line) phi[i + 1] * sum(j in 0..1) phi[j]
                    hamiltonian Mixed = sum(i in line) (phi[i] + sum(j in 1..1) phi[i + j])
                }
                """);
        assertEquals(4 * RANDOM_POINTS, assertAgrees(model));
        // Mixed = sum_i phi[i] + sum_{i<5} phi[i+1]: phi[0] once, the others twice
        Polynomial mixed = expanded(model, "Mixed");
        assertEquals(6, mixed.termCount());
        double total = 0;
        for (int i = 0; i < mixed.termCount(); i++) {
            total += mixed.coefficientAt(i);
        }
        assertEquals(1 + 2 * 5, total, 1e-12);
    }

    // ---- determinism ----

    @Test
    void loweringTheSameTextTwicePrintsTheSameBytes() throws Exception {
        String text = """
                model M {
                    lattice fine = square(6, 6) periodic
                    lattice coarse = square(3, 3) periodic
                    spin s on fine
                    real x[5]
                    let m[c in coarse] = (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)]) / 4
                    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b] + (sum(i in 0..4) x[i])^3 - 0.1 * sum(a in fine) s[a]
                }
                """;
        LoweredModel first = lower(parse(text));
        LoweredModel second = lower(parse(text));
        List<LoweredHamiltonian> a = List.copyOf(first.hamiltonians().values());
        List<LoweredHamiltonian> b = List.copyOf(second.hamiltonians().values());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(PolynomialFormat.expand(a.get(i).expanded(), first.space()),
                    PolynomialFormat.expand(b.get(i).expanded(), second.space()));
            assertEquals(PolynomialFormat.expand(a.get(i).withLets(), first.space()),
                    PolynomialFormat.expand(b.get(i).withLets(), second.space()));
        }
    }

    // ---- helpers ----

    private Model parse(String text) throws Exception {
        HamFile file = parser.parse(text);
        assertNotNull(file);
        assertTrue(file.eResource().getErrors().isEmpty(), () -> "syntax errors: " + file.eResource().getErrors());
        return file.getModels().get(0);
    }

    private static LoweredModel lower(Model model) {
        LoweredModel lowered = Lowering.lower(model);
        assertTrue(lowered.diagnostics().isEmpty(), () -> "lowering diagnostics: " + lowered.diagnostics());
        return lowered;
    }

    private static Polynomial expanded(Model model, String name) {
        LoweredModel lowered = lower(model);
        return lowered.hamiltonians().entrySet().stream().filter(e -> e.getKey().getName().equals(name))
                .findFirst().orElseThrow().getValue().expanded();
    }

    /**
     * Compares every hamiltonian of the model, expanded and with lets, with the interpreter: at
     * every state if all inputs are bits or spins and there are few, else at random points.
     *
     * @return the number of (hamiltonian, point) pairs compared
     */
    private static int assertAgrees(Model model) {
        LoweredModel lowered = lower(model);
        AstInterpreter interpreter = new AstInterpreter(model);
        List<Input> inputs = interpreter.inputs();
        assertLayout(inputs, lowered);
        List<Hamiltonian> hamiltonians = model.getDeclarations().stream().filter(Hamiltonian.class::isInstance)
                .map(Hamiltonian.class::cast).collect(Collectors.toList());
        assertEquals(hamiltonians.size(), lowered.hamiltonians().size());

        boolean discrete = inputs.stream().allMatch(i -> i.kind() != VariableKind.REAL);
        boolean enumerate = discrete && inputs.size() <= MAX_ENUMERATED_INPUTS;
        int points = enumerate ? 1 << inputs.size() : RANDOM_POINTS;
        Random random = new Random(20240611L);
        int compared = 0;
        double[] x = new double[inputs.size()];
        for (int p = 0; p < points; p++) {
            Map<Point, Double> values = new HashMap<>();
            for (int k = 0; k < x.length; k++) {
                x[k] = enumerate ? discreteValue(inputs.get(k), (p >> k) & 1) : randomValue(inputs.get(k), random);
                values.put(inputs.get(k).point(), x[k]);
            }
            for (Hamiltonian h : hamiltonians) {
                LoweredHamiltonian lh = lowered.hamiltonian(h);
                double expected = interpreter.evaluate(h, values);
                double tolerance = 1e-9 * (1 + Math.abs(expected));
                double expandedValue = Evaluator.evaluate(lh.expanded(), lowered.space(), lowered.lets(), x);
                double withLetsValue = Evaluator.evaluate(lh.withLets(), lowered.space(), lowered.lets(), x);
                assertEquals(expected, expandedValue, tolerance, () -> h.getName() + " expanded at " + values);
                assertEquals(expected, withLetsValue, tolerance, () -> h.getName() + " with lets at " + values);
                compared++;
            }
        }
        return compared;
    }

    /** The documented input layout: declaration order, sites row-major, labelled NAME[i,j]. */
    private static void assertLayout(List<Input> inputs, LoweredModel lowered) {
        assertEquals(inputs.size(), lowered.space().inputCount());
        for (int k = 0; k < inputs.size(); k++) {
            Point point = inputs.get(k).point();
            String label = point.index().isEmpty() ? point.name()
                    : point.name() + point.index().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
            assertEquals(label, lowered.space().label(k));
        }
    }

    private static double discreteValue(Input input, int bit) {
        return input.kind() == VariableKind.BIT ? bit : 2 * bit - 1;
    }

    private static double randomValue(Input input, Random random) {
        return switch (input.kind()) {
            case BIT -> random.nextInt(2);
            case SPIN -> 2 * random.nextInt(2) - 1;
            case REAL -> input.lo() + (input.hi() - input.lo()) * random.nextDouble();
        };
    }
}
