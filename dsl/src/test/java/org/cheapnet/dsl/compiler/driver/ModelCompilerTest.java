package org.cheapnet.dsl.compiler.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.runtime.Softmax;
import org.cheapnet.runtime.network.Interpreter;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The driver end to end on small models, against closed forms and brute-force Bayes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class ModelCompilerTest {
    @Inject
    private ParseHelper<HamFile> parser;
    @Inject
    private ValidationTestHelper validation;

    @Test
    void anIsingModelCompilesVerifiedAndTimed() throws Exception {
        ModelCompilation c = compile("""
                package p
                model Ising {
                    lattice g = square(3, 3) periodic
                    spin s on g
                    @tolerance(1e-5) hamiltonian H = -sum(<a, b> in g) s[a] * s[b] - 0.5 * sum(a in g) s[a]
                }
                """);
        assertEquals(List.of(), c.problems());
        HamiltonianCompilation h = c.hamiltonians().get(0);
        assertEquals("p", c.javaPackage());
        assertEquals("IsingH", h.className());
        assertTrue(h.verification().passed());
        assertTrue(h.verification().worstError() <= 1e-5);
        // max(p, q) of the 3 x 3 torus's bond form: its adjacency eigenvalues 2cos(2 pi k/3) + 2cos(2 pi l/3)
        // are 4 once, 1 four times, -2 four times, so -A/2 has 5 negative and 4 positive: 5 products
        // (against 18 bonds, each a product of two spins)
        assertEquals(5, h.plan().multiplications());
        assertEquals("quadratic-form", h.construction());
        assertTrue(h.times().millis().keySet().containsAll(List.of(Phase.PLAN, Phase.BUILD, Phase.VERIFY)));
    }

    @Test
    void aTranslationSymmetricModelIsCompiledPerCell() throws Exception {
        ModelCompilation c = compile("""
                model Ising {
                    lattice g = square(6, 6) periodic
                    spin s on g
                    @local(1) @symmetric(translation)
                    hamiltonian H = -sum(<a, b> in g) s[a] * s[b] - 0.5 * sum(a in g) s[a]
                }
                """);
        assertEquals(List.of(), c.problems());
        HamiltonianCompilation h = c.hamiltonians().get(0);
        assertTrue(h.cells() != null, "compiled per cell");
        assertEquals(36, h.cells().template().cellCount());
        // two bonds per cell, each a two-neuron spin-product gate
        assertEquals(4 * 36, h.network().counts().neurons());
        assertTrue(h.verification().passed());
    }

    @Test
    void exactNormalizationMatchesTheTransferMatrix() throws Exception {
        // periodic Ising ring of N spins: Z = (2 cosh K)^N + (2 sinh K)^N for H = -K sum s_i s_{i+1}
        ModelCompilation c = compile("""
                model Ring {
                    lattice r = chain(6) periodic
                    spin s on r
                    hamiltonian Hot = -0.2 * sum(i in r) s[i] * s[i+1]
                    hamiltonian Cold = -1.0 * sum(i in r) s[i] * s[i+1]
                    classifier T { class hot = Hot prior 0.25 class cold = Cold prior 0.75 normalize exact }
                }
                """);
        assertEquals(List.of(), c.problems());
        ClassifierCompilation t = c.classifiers().get(0);
        assertEquals(Math.log(Math.pow(2 * Math.cosh(0.2), 6) + Math.pow(2 * Math.sinh(0.2), 6)), t.logPartition()[0], 1e-12);
        assertEquals(Math.log(Math.pow(2 * Math.cosh(1.0), 6) + Math.pow(2 * Math.sinh(1.0), 6)), t.logPartition()[1], 1e-12);
        assertBayes(t);
    }

    @Test
    void gaussianNormalizationMatchesTheDiagonalClosedForm() throws Exception {
        // H = sum_i (a_i/2) x_i^2 + b_i x_i + c: ln Z = sum_i [1/2 ln(2 pi / a_i) + b_i^2 / (2 a_i)] - c
        ModelCompilation c = compile("""
                model G {
                    real x[2] in [-2, 2]
                    hamiltonian A = 1.5 * x[0]^2 + 0.5 * x[1]^2 + 0.3 * x[0] - x[1] + 2
                    hamiltonian B = x[0]^2 + x[1]^2
                    classifier C { class a = A prior 0.5 class b = B prior 0.5 normalize gaussian }
                }
                """);
        assertEquals(List.of(), c.problems());
        ClassifierCompilation g = c.classifiers().get(0);
        double expectedA = 0.5 * Math.log(2 * Math.PI / 3) + 0.09 / 6 + 0.5 * Math.log(2 * Math.PI / 1) + 1.0 / 2 - 2;
        double expectedB = Math.log(2 * Math.PI / 2);
        assertEquals(expectedA, g.logPartition()[0], 1e-12);
        assertEquals(expectedB, g.logPartition()[1], 1e-12);
    }

    /** softmax(-network_y - mu_y - ln Z_y) equals Bayes' rule p(y|x) = prior_y e^(-H_y(x)) / Z_y / sum, at every state. */
    private static void assertBayes(ClassifierCompilation t) {
        int n = t.network().network().inputCount();
        Interpreter interpreter = new Interpreter(t.network().network());
        double[] out = new double[t.classes().size()];
        for (int state = 0; state < 1 << n; state++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (state >> i & 1) == 1 ? 1 : -1;
            }
            interpreter.evaluate(x, out, interpreter.newWorkspace());
            double[] logits = new double[out.length];
            double[] bayes = new double[out.length];
            double evidence = 0;
            for (int y = 0; y < out.length; y++) {
                logits[y] = -out[y] + t.logitOffset(y);
                double z = 0;
                for (int s = 0; s < 1 << n; s++) {
                    double[] xs = new double[n];
                    for (int i = 0; i < n; i++) {
                        xs[i] = (s >> i & 1) == 1 ? 1 : -1;
                    }
                    z += Math.exp(-t.hamiltonians().get(y).evaluate(xs));
                }
                bayes[y] = t.priors()[y] * Math.exp(-t.hamiltonians().get(y).evaluate(x)) / z;
                evidence += bayes[y];
            }
            double[] p = new double[out.length];
            Softmax.softmax(logits, p);
            for (int y = 0; y < out.length; y++) {
                assertEquals(bayes[y] / evidence, p[y], 1e-4, "state " + state + " class " + y);
            }
        }
    }

    private ModelCompilation compile(String text) throws Exception {
        HamFile file = parser.parse(text);
        validation.assertNoErrors(file);
        Model model = file.getModels().get(0);
        LoweredModel lowered = Lowering.lower(model);
        return ModelCompiler.compile(model, lowered);
    }
}
