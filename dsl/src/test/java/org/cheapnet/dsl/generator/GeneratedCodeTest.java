package org.cheapnet.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.CompiledClassifier;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.cheapnet.runtime.ModelInfo;
import org.cheapnet.runtime.Shape;
import org.cheapnet.runtime.Softmax;
import org.cheapnet.runtime.VariableLayout;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated classes compiled with javac and run: energy() is the expanded polynomial, network()
 * meets the tolerance, a classifier is the Bayes posterior, info() has the layout. Each case runs
 * on straight-line code (limit 2000) and on tables (limit 0).
 */
class GeneratedCodeTest extends AbstractGeneratorTest {
	private static final String MIXED = """
			package gen.mixed
			model Mixed {
			    lattice c = chain(5) periodic
			    real phi on c in [-1.5, 2]
			    bit b[3]
			    spin s on c
			    real u in [0, 3]
			    let m[i in c] = 0.5 * (s[i] + s[i+1])

			    hamiltonian H = sum(i in c) (phi[i+1] - phi[i])^2 + 0.3 * phi[0]^3 * u + b[0] * b[1] * b[2]
			                  - sum(i in c) m[i] * m[i+1] * phi[i] + 0.25 * u^2 + 2

			    @activation(tanh) @tolerance(1e-5)
			    hamiltonian T = 1.5 * phi[1] * phi[3] - 0.7 * s[0] * s[2] * b[1] + u
			}
			""";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(ints = { JavaEmitter.MAX_STRAIGHT_LINE, 0 })
	void hamiltoniansEvaluateTheirPolynomialAndMeetTheirTolerance(int maxStraight) throws Exception {
		Generated g = generate(MIXED, maxStraight).get(0);
		ClassLoader loader = InProcessJavac.compile(g.files(), dir);
		VariableSpace space = g.lowered().space();
		Polynomial h = g.compilation().hamiltonians().get(0).lowered().expanded();
		Polynomial t = g.compilation().hamiltonians().get(1).lowered().expanded();
		assertMatches((CompiledHamiltonian) InProcessJavac.instantiate(loader, "gen.mixed.MixedH"), h, space, 1e-6);
		assertMatches((CompiledHamiltonian) InProcessJavac.instantiate(loader, "gen.mixed.MixedT"), t, space, 1e-5);
	}

	private static void assertMatches(CompiledHamiltonian compiled, Polynomial h, VariableSpace space, double tolerance) {
		double s = scale(h, space);
		Random random = new Random(7);
		for (int n = 0; n < 2000; n++) {
			double[] x = randomPoint(space, random);
			double exact = h.evaluate(x);
			assertEquals(exact, compiled.energy(x), 1e-12 * s, "energy");
			double error = Math.abs(compiled.network(x) - exact) / s;
			assertTrue(error <= tolerance, "relative error " + error + " > " + tolerance);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { JavaEmitter.MAX_STRAIGHT_LINE, 0 })
	void theBatchAgreesWithOneSampleAtATime(int maxStraight) throws Exception {
		Generated g = generate(MIXED, maxStraight).get(0);
		ClassLoader loader = InProcessJavac.compile(g.files(), dir);
		for (var compiled : g.compilation().hamiltonians()) {
			CompiledHamiltonian h = (CompiledHamiltonian) InProcessJavac.instantiate(loader, "gen.mixed." + compiled.className());
			assertBatchMatches(h, compiled.lowered().expanded(), g.lowered().space(), compiled.options().tolerance(), 3);
		}
	}

	/** Every activation's kernels in the batch: products of reals, bits and spins, a square and a cube. */
	@ParameterizedTest
	@ValueSource(ints = { JavaEmitter.MAX_STRAIGHT_LINE, 0 })
	void theBatchOfEveryActivationMeetsItsTolerance(int maxStraight) throws Exception {
		StringBuilder model = new StringBuilder("""
				package gen.acts
				model Acts {
				    real u[4] in [-1, 2]
				    spin s[3]
				    bit b[3]
				""");
		for (Activation a : Activation.values()) {
			model.append("    @activation(").append(a.dslName()).append(") @tolerance(1e-5)\n    hamiltonian ")
					.append(a.name()).append(" = 0.5 * u[0] * u[1] - u[2]^2 + 0.3 * u[3]^3 + 0.7 * s[0] * s[1] * s[2] - b[0] * b[1] + b[2]\n");
		}
		Generated g = generate(model.append("}\n").toString(), maxStraight).get(0);
		ClassLoader loader = InProcessJavac.compile(g.files(), dir);
		assertEquals(Activation.values().length, g.compilation().hamiltonians().size());
		for (var compiled : g.compilation().hamiltonians()) {
			CompiledHamiltonian h = (CompiledHamiltonian) InProcessJavac.instantiate(loader, "gen.acts." + compiled.className());
			assertEquals(compiled.options().activation(), h.info().activation());
			assertBatchMatches(h, compiled.lowered().expanded(), g.lowered().space(), 1e-5, 11);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { JavaEmitter.MAX_STRAIGHT_LINE, 0 })
	void infoHasTheInputLayoutAndTheCounts(int maxStraight) throws Exception {
		Generated g = generate(MIXED, maxStraight).get(0);
		CompiledHamiltonian t = (CompiledHamiltonian) InProcessJavac.instantiate(InProcessJavac.compile(g.files(), dir), "gen.mixed.MixedT");
		ModelInfo info = t.info();
		// declaration order: phi (5 sites), b (3), s (5 sites), u (scalar)
		assertEquals(List.of(VariableLayout.real("phi", Shape.lattice(5), 0, -1.5, 2), VariableLayout.bit("b", Shape.vector(3), 5),
				VariableLayout.spin("s", Shape.lattice(5), 8), VariableLayout.real("u", Shape.scalar(), 13, 0, 3)), info.variables());
		assertEquals(14, info.inputSize());
		assertEquals("Mixed", info.model());
		assertEquals("T", info.name());
		assertEquals(Activation.TANH, info.activation());
		assertEquals(3, info.monomials()); // phi1 phi3, s0 s2 b1, u
		var compiled = g.compilation().hamiltonians().get(1);
		assertEquals(compiled.network().network().neuronCount(), info.neurons());
		assertEquals(compiled.plan().multiplications(), info.multiplications());
		assertTrue(info.errorBound() <= 1e-5);
	}

	@ParameterizedTest
	@ValueSource(ints = { JavaEmitter.MAX_STRAIGHT_LINE, 0 })
	void aClassifierIsTheBayesPosterior(int maxStraight) throws Exception {
		Generated g = generate("""
				model Ring {
				    lattice r = chain(6) periodic
				    spin s on r
				    bit f
				    hamiltonian Hot = -0.2 * sum(i in r) s[i] * s[i+1] + 0.1 * f
				    hamiltonian Cold = -1.0 * sum(i in r) s[i] * s[i+1] - 0.5 * s[0] * f
				    classifier T { class hot = Hot prior 0.25 class cold = Cold prior 0.75 normalize exact }
				}
				""", maxStraight).get(0);
		CompiledClassifier classifier = (CompiledClassifier) InProcessJavac.instantiate(InProcessJavac.compile(g.files(), dir), "RingT");
		ClassifierCompilation c = g.compilation().classifiers().get(0);
		assertEquals(List.of("hot", "cold"), classifier.info().classes());
		double[] prior = { 0.25, 0.75 };
		double[] z = new double[2];
		for (int state = 0; state < 1 << 7; state++) {
			for (int y = 0; y < 2; y++) {
				z[y] += Math.exp(-c.hamiltonians().get(y).evaluate(state(state)));
			}
		}
		for (int state = 0; state < 1 << 7; state++) {
			double[] x = state(state);
			double[] joint = new double[2];
			for (int y = 0; y < 2; y++) {
				joint[y] = prior[y] * Math.exp(-c.hamiltonians().get(y).evaluate(x)) / z[y];
			}
			double[] p = classifier.probabilities(x);
			assertEquals(joint[0] / (joint[0] + joint[1]), p[0], 1e-5);
			assertEquals(joint[1] / (joint[0] + joint[1]), p[1], 1e-5);
			assertEquals(p[1] > p[0] ? 1 : 0, classifier.classify(x));
		}
		// the batch of logits, all 128 states in one call: the same posterior row by row
		DMatrixRMaj xs = new DMatrixRMaj(1 << 7, 7);
		for (int state = 0; state < 1 << 7; state++) {
			System.arraycopy(state(state), 0, xs.data, 7 * state, 7);
		}
		DMatrixRMaj logits = new DMatrixRMaj(1 << 7, 2);
		classifier.logits(xs, logits);
		for (int state = 0; state < 1 << 7; state++) {
			double[] x = state(state);
			double joint0 = prior[0] * Math.exp(-c.hamiltonians().get(0).evaluate(x)) / z[0];
			double joint1 = prior[1] * Math.exp(-c.hamiltonians().get(1).evaluate(x)) / z[1];
			double[] row = { logits.get(state, 0), logits.get(state, 1) };
			Softmax.softmax(row, row);
			assertEquals(joint0 / (joint0 + joint1), row[0], 1e-5, "state " + state);
		}
	}

	/** Spins s0..s5 from bits 0..5 of the state, the bit f from bit 6. */
	private static double[] state(int state) {
		double[] x = new double[7];
		for (int i = 0; i < 6; i++) {
			x[i] = (state >> i & 1) == 1 ? 1 : -1;
		}
		x[6] = state >> 6 & 1;
		return x;
	}
}
