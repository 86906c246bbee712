package org.cheapnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Evaluator;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Every example under src/main/ham validates cleanly (no error, no warning), and each one has the
 * physics its comment claims, checked against a count or a closed form worked out by hand.
 */
class ExamplesCheckTest {

    private static final Path EXAMPLES = Path.of("src/main/ham");

    /** File name -> its validation issues; file name -> its parsed AST. */
    private static final Map<String, List<Issue>> ISSUES = new LinkedHashMap<>();
    private static final Map<String, HamFile> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void loadAndValidateEveryExample() throws IOException {
        Injector injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        List<Path> paths;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            paths = files.filter(p -> p.toString().endsWith(".ham")).sorted().collect(Collectors.toList());
        }
        List<Resource> resources = new ArrayList<>();
        for (Path path : paths) {
            resources.add(resourceSet.getResource(URI.createFileURI(path.toAbsolutePath().toString()), true));
        }
        for (int i = 0; i < paths.size(); i++) {
            XtextResource resource = (XtextResource) resources.get(i);
            IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
            String name = paths.get(i).getFileName().toString();
            ISSUES.put(name, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
            FILES.put(name, (HamFile) resource.getContents().get(0));
        }
    }

    @Test
    void thereAreAtLeastSevenExamples() {
        assertTrue(FILES.size() >= 7, "examples found: " + FILES.keySet());
    }

    @Test
    void everyExampleHasNoErrorAndNoWarning() {
        for (Map.Entry<String, List<Issue>> file : ISSUES.entrySet()) {
            List<Issue> bad = file.getValue().stream()
                    .filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList();
            assertTrue(bad.isEmpty(), file.getKey() + ": " + bad);
        }
    }

    /** An example shows the annotations off: what the polynomial has, it declares. */
    @Test
    void noExampleLeavesALocalityOrSymmetryUndeclared() {
        for (Map.Entry<String, List<Issue>> file : ISSUES.entrySet()) {
            List<Issue> undeclared = file.getValue().stream()
                    .filter(i -> HamIssueCodes.UNDECLARED_LOCALITY.equals(i.getCode())
                            || HamIssueCodes.UNDECLARED_SYMMETRY.equals(i.getCode())).toList();
            assertTrue(undeclared.isEmpty(), file.getKey() + ": " + undeclared);
        }
    }

    @Test
    void everyExampleDeclaresItsPackageAndLowersWithoutDiagnostics() {
        for (Map.Entry<String, HamFile> file : FILES.entrySet()) {
            assertEquals("cheapnet.examples", file.getValue().getName(), file.getKey());
            assertFalse(file.getValue().getModels().isEmpty(), file.getKey());
            for (Model model : file.getValue().getModels()) {
                assertTrue(Lowering.lower(model).diagnostics().isEmpty(), file.getKey());
            }
        }
    }

    /** 16 x 16 periodic: 2 bonds per site (256 * 2 = 512 couplings -J) plus 256 field terms -h. */
    @Test
    void ising2dHasOneCouplingPerBondAndOneFieldTermPerSite() {
        Polynomial h = hamiltonian(lowered("ising2d.ham"), "H").expanded();
        assertEquals(2 * 16 * 16 + 16 * 16, h.termCount());
        long bonds = h.monomials().stream().filter(m -> m.degree() == 2).count();
        assertEquals(2 * 16 * 16, bonds);
        for (int i = 0; i < h.termCount(); i++) {
            assertEquals(h.monomial(i).degree() == 2 ? -1.0 : -0.1, h.coefficientAt(i), 1e-15);
        }
    }

    /**
     * A uniform field phi_i = c has no gradient energy, so H = N (m2/2 c^2 + lambda/4 c^4) with
     * N = 32, m2 = 1, lambda = 0.5; and the expansion has one bond, one mass and one quartic
     * term per site.
     */
    @Test
    void phi4ChainCostsOnlyPotentialEnergyForAUniformField() {
        LoweredModel model = lowered("phi4_chain.ham");
        Polynomial h = hamiltonian(model, "H").expanded();
        assertEquals(3 * 32, h.termCount());
        for (double c : new double[] {-2, -0.7, 0.3, 1.5}) {
            double[] field = new double[32];
            Arrays.fill(field, c);
            double expected = 32 * (0.5 * c * c + 0.5 / 4 * c * c * c * c);
            assertEquals(expected, Evaluator.evaluate(h, model.space(), model.lets(), field), 1e-12);
        }
    }

    /** The Hessian of H is the tridiagonal A = (-1, 3, -1); Cholesky succeeds iff A is positive definite. */
    @Test
    void gaussianHasAPositiveDefiniteQuadraticForm() {
        LoweredModel model = lowered("gaussian.ham");
        Polynomial h = hamiltonian(model, "H").expanded();
        int n = 8;
        double[][] a = new double[n][n];
        for (int k = 0; k < h.termCount(); k++) {
            Monomial m = h.monomial(k);
            assertTrue(m.degree() <= 2);
            if (m.degree() == 2 && m.size() == 1) {
                a[m.atom(0)][m.atom(0)] = 2 * h.coefficientAt(k); // 1/2 A_ii x_i^2
            } else if (m.degree() == 2) {
                a[m.atom(0)][m.atom(1)] = h.coefficientAt(k); // A_ij x_i x_j, i < j
                a[m.atom(1)][m.atom(0)] = h.coefficientAt(k);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double expected = i == j ? 3 : Math.abs(i - j) == 1 ? -1 : 0;
                assertEquals(expected, a[i][j], 0, "A[" + i + "][" + j + "] of " + model.space().label(i));
            }
        }
        // Cholesky: every pivot must be positive
        for (int j = 0; j < n; j++) {
            double pivot = a[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= a[j][k] * a[j][k];
            }
            assertTrue(pivot > 0, "pivot " + j);
            a[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= a[i][k] * a[j][k];
                }
                a[i][j] = s / a[j][j];
            }
        }
    }

    @Test
    void productIsOneMonomialOfDegreeEightInBothForms() {
        for (String name : new String[] {"H", "Flat"}) {
            Polynomial h = hamiltonian(lowered("product.ham"), name).expanded();
            assertEquals(1, h.termCount(), name);
            assertEquals(8, h.monomial(0).degree(), name);
            assertEquals(8, h.monomial(0).size(), name);
            assertEquals(1.0, h.coefficientAt(0), 0, name);
        }
    }

    /** 8 consecutive triples with weights 1 + i/2, one long clause, 9 pairs, 10 biases. */
    @Test
    void cubicBitsHasItsClausesPairsAndBiases() {
        LoweredModel model = lowered("cubic_bits.ham");
        Polynomial h = hamiltonian(model, "H").expanded();
        assertEquals(3, h.degree());
        assertEquals(8 + 1, h.monomials().stream().filter(m -> m.degree() == 3).count());
        assertEquals(9, h.monomials().stream().filter(m -> m.degree() == 2).count());
        assertEquals(10, h.monomials().stream().filter(m -> m.degree() == 1).count());
        // brute force over all 1024 states against the energy written out directly
        double[] b = new double[10];
        for (int state = 0; state < 1 << 10; state++) {
            for (int i = 0; i < 10; i++) {
                b[i] = (state >> i) & 1;
            }
            double expected = 3 * b[0] * b[4] * b[9];
            for (int i = 0; i < 8; i++) {
                expected += (1 + 0.5 * i) * b[i] * b[i + 1] * b[i + 2];
            }
            for (int i = 0; i < 9; i++) {
                expected -= 2 * b[i] * b[i + 1];
            }
            for (int i = 0; i < 10; i++) {
                expected += 0.5 * b[i];
            }
            assertEquals(expected, Evaluator.evaluate(h, model.space(), model.lets(), b), 1e-12);
        }
    }

    /**
     * 4 x 4 coarse periodic: 32 block bonds; each m[a] m[b] pairs 4 x 4 distinct fine spins with
     * coefficient -1/16, and no two bonds share a fine pair: 512 terms. Kept as lets, H is 32
     * products of the 16 block fields.
     */
    @Test
    void blockSpinCouplesFineSpinsOfNeighbouringBlocks() {
        LoweredModel model = lowered("block_spin.ham");
        LoweredHamiltonian h = hamiltonian(model, "H");
        assertEquals(32 * 16, h.expanded().termCount());
        for (int i = 0; i < h.expanded().termCount(); i++) {
            assertEquals(2, h.expanded().monomial(i).size());
            assertEquals(-1.0 / 16, h.expanded().coefficientAt(i), 1e-15);
        }
        assertEquals(32, h.withLets().termCount());
        assertEquals(16, model.lets().definedAtoms().size());
    }

    /**
     * The partition function of the periodic Ising ring of N spins with coupling K is
     * Z = (2 cosh K)^N + (2 sinh K)^N (transfer matrix); a brute-force sum of exp(-H) over the
     * 256 states of each class must give it.
     */
    @Test
    void classifierClassesAreIsingRingsWithTheTransferMatrixPartitionFunction() {
        LoweredModel model = lowered("classifier.ham");
        VariableSpace space = model.space();
        Map<String, Double> couplings = Map.of("Hot", 0.2, "Cold", 1.0);
        for (Map.Entry<String, Double> c : couplings.entrySet()) {
            Polynomial h = hamiltonian(model, c.getKey()).expanded();
            assertEquals(8, h.termCount(), c.getKey());
            double z = 0;
            double[] s = new double[8];
            for (int state = 0; state < 1 << 8; state++) {
                for (int i = 0; i < 8; i++) {
                    s[i] = ((state >> i) & 1) == 1 ? 1 : -1;
                }
                z += Math.exp(-Evaluator.evaluate(h, space, model.lets(), s));
            }
            double k = c.getValue();
            double closedForm = Math.pow(2 * Math.cosh(k), 8) + Math.pow(2 * Math.sinh(k), 8);
            assertEquals(closedForm, z, 1e-9 * closedForm, c.getKey());
        }
    }

    private static LoweredModel lowered(String file) {
        HamFile ast = FILES.get(file);
        assertNotNull(ast, file + " is missing");
        assertEquals(1, ast.getModels().size(), file);
        return Lowering.lower(ast.getModels().get(0));
    }

    private static LoweredHamiltonian hamiltonian(LoweredModel model, String name) {
        return model.hamiltonians().entrySet().stream()
                .filter(e -> e.getKey().getName().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no hamiltonian " + name));
    }
}
