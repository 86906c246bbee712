package org.cheapnet.dsl.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.lang.LoweredModels;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.Softmax;
import org.cheapnet.runtime.network.Interpreter;
import org.cheapnet.runtime.network.Network;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.inject.Inject;

/**
 * Compiled models exported to ONNX and run in ONNX Runtime on random points of their domain,
 * against the runtime Interpreter of the same network: float64 within 1e-8 of the scale S
 * (LANGUAGE.md) and within the rounding bound of {@link RoundingBound} (u = 2^-53); float32
 * within that bound (u = 2^-24). And, independently of the network IR, float64 within the
 * declared tolerance of the exact polynomial. (1e-8, not 1e-9: the deep product tower below
 * measures 2.0e-9 S, the rounding of its smooth gates amplified by 1 / lambda^2.)
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class OnnxExportTest {
	private static final int SAMPLES = 300;
	private static final double FLOAT64_AGREEMENT = 1e-8;

	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private LoweredModels loweredModels;

	private record Compiled(LoweredModel lowered, ModelCompilation compilation) {
	}

	@ParameterizedTest
	@EnumSource(Activation.class)
	void productOfRealsAgreesWithTheInterpreterForEachActivation(Activation activation) throws Exception {
		Compiled c = compile("""
				model Reals {
				    real x in [-2, 3]
				    real y
				    real z[2] in [-1, 1]
				    @activation(%s)
				    hamiltonian H = x * y * z[0] + 0.5 * y^2 - z[1] + 1.5
				}
				""".formatted(activation.dslName()));
		HamiltonianCompilation h = c.compilation().hamiltonians().get(0);
		assertEquals(activation, h.network().network().activation(firstNeuron(h.network().network())));
		assertHamiltonianAgrees(h, c.lowered().space());
	}

	@Test
	void bitsWithThresholdGatesAgree() throws Exception {
		Compiled c = compile("""
				model Bits {
				    bit b[4]
				    hamiltonian H = b[0] * b[1] * b[2] - 2 * b[1] * b[3] + b[0] - 0.25
				}
				""");
		HamiltonianCompilation h = c.compilation().hamiltonians().get(0);
		assertTrue(h.network().beta() > 0, "threshold gates expected");
		assertHamiltonianAgrees(h, c.lowered().space());
		// threshold gates do not cancel: float32 stays close to the network
		VariableSpace space = c.lowered().space();
		double worst = worstFloat32(h.network().network(), space, h.lowered().expanded(), h,
				points(space, new Random(5), ElementType.DOUBLE));
		assertTrue(worst <= 1e-5, "float32 relative difference " + worst);
	}

	@Test
	void translationSymmetricSpinsExportTheWholeLattice() throws Exception {
		Compiled c = compile("""
				model Ring {
				    lattice ring = chain(6) periodic
				    spin s on ring
				    @local(1) @symmetric(translation)
				    hamiltonian H = -sum(<a, b> in ring) s[a] * s[b] - 0.3 * sum(a in ring) s[a]
				}
				""");
		HamiltonianCompilation h = c.compilation().hamiltonians().get(0);
		assertTrue(h.cells() != null, "compiled per cell");
		assertEquals(6, h.network().network().inputCount());
		assertHamiltonianAgrees(h, c.lowered().space());
	}

	@Test
	void flatProductAndLetsAgree() throws Exception {
		Compiled c = compile("""
				model Deep {
				    real u[4] in [-1, 1]
				    let p = u[0] * u[1] + u[2]
				    @depth(1) @tolerance(0.01)
				    hamiltonian Flat = u[0] * u[1] * u[2]
				    hamiltonian Tower = p * p * u[3] + p
				}
				""");
		for (HamiltonianCompilation h : c.compilation().hamiltonians()) {
			assertHamiltonianAgrees(h, c.lowered().space());
		}
		assertTrue(c.compilation().hamiltonians().get(1).network().network().depth() >= 2, "a deep network expected");
	}

	@Test
	void classifierLogitsAndProbabilitiesAgree() throws Exception {
		Compiled c = compile("""
				model Thermo {
				    lattice ring = chain(4) periodic
				    spin s on ring
				    hamiltonian Hot = -0.2 * sum(<a, b> in ring) s[a] * s[b]
				    hamiltonian Cold = -1.0 * sum(<a, b> in ring) s[a] * s[b]
				    classifier T {
				        class hot = Hot prior 0.3
				        class cold = Cold prior 0.7
				        normalize exact
				    }
				}
				""");
		ClassifierCompilation classifier = c.compilation().classifiers().get(0);
		VariableSpace space = c.lowered().space();
		double[] offsets = { classifier.logitOffset(0), classifier.logitOffset(1) };
		Network network = classifier.network().network();
		for (ElementType type : List.of(ElementType.DOUBLE, ElementType.FLOAT)) {
			OnnxExport.Exported exported = OnnxExport.classifier(classifier, space, type, "test", NetworkGraph.WEIGHT_LIMIT);
			assertEquals("Thermo.T.onnx", exported.fileName());
			double[][] x = points(space, new Random(7), type);
			Map<String, double[][]> ort;
			try (OrtRunner runner = new OrtRunner(exported.bytes(), type)) {
				ort = runner.run(x);
			}
			double u = RoundingBound.unit(type);
			Interpreter interpreter = new Interpreter(network);
			for (int r = 0; r < x.length; r++) {
				double[] h = interpreter.evaluate(x[r]);
				double[] hBound = RoundingBound.outputs(network, x[r], u);
				double[] logits = new double[2];
				double worstLogit = 0;
				for (int y = 0; y < 2; y++) {
					logits[y] = offsets[y] - h[y];
					double bound = hBound[y] + 2 * u * (Math.abs(offsets[y]) + Math.abs(h[y]));
					assertEquals(logits[y], ort.get("logits")[r][y], bound, "logit " + y);
					if (type == ElementType.DOUBLE) {
						assertEquals(logits[y], ort.get("logits")[r][y], FLOAT64_AGREEMENT * (1 + Math.abs(logits[y])));
					}
					worstLogit = Math.max(worstLogit, bound);
				}
				double[] p = Softmax.softmax(logits);
				for (int y = 0; y < 2; y++) {
					assertEquals(p[y], ort.get("probabilities")[r][y], 2 * worstLogit + 8 * u, "probability " + y);
				}
			}
		}
	}

	/** float64 and float32 exports against the interpreter; float64 also against the exact polynomial. */
	private void assertHamiltonianAgrees(HamiltonianCompilation h, VariableSpace space) throws Exception {
		Network network = h.network().network();
		Polynomial exact = h.lowered().expanded();
		double s = scale(exact, space);
		double[][] x = points(space, new Random(3), ElementType.DOUBLE);
		double[][] energy = energies(h, space, ElementType.DOUBLE, x);
		Interpreter interpreter = new Interpreter(network);
		double worst = 0;
		for (int r = 0; r < x.length; r++) {
			double expected = interpreter.evaluate(x[r])[0];
			double difference = Math.abs(energy[r][0] - expected);
			worst = Math.max(worst, difference / s);
			assertTrue(difference <= RoundingBound.outputs(network, x[r], RoundingBound.U64)[0],
					h.name() + ": |ORT - interpreter| = " + difference + " exceeds the rounding bound");
			assertTrue(Math.abs(energy[r][0] - exact.evaluate(x[r])) <= h.options().tolerance() * s,
					h.name() + ": ORT is not within the tolerance of the polynomial");
		}
		assertTrue(worst <= FLOAT64_AGREEMENT, h.name() + ": float64 relative difference " + worst);
		worstFloat32(network, space, exact, h, x);
	}

	/** The float32 export of h against the interpreter on float-rounded inputs, within the bound; returns the worst difference / S. */
	private double worstFloat32(Network network, VariableSpace space, Polynomial exact, HamiltonianCompilation h, double[][] points)
			throws Exception {
		double[][] x = OrtRunner.roundedToFloat(points);
		double[][] energy = energies(h, space, ElementType.FLOAT, x);
		Interpreter interpreter = new Interpreter(network);
		double s = scale(exact, space);
		double worst = 0;
		for (int r = 0; r < x.length; r++) {
			double expected = interpreter.evaluate(x[r])[0];
			double difference = Math.abs(energy[r][0] - expected);
			double bound = RoundingBound.outputs(network, x[r], RoundingBound.U32)[0];
			assertTrue(difference <= bound, h.name() + ": float32 |ORT - interpreter| = " + difference + " > bound " + bound);
			worst = Math.max(worst, difference / s);
		}
		return worst;
	}

	private static double[][] energies(HamiltonianCompilation h, VariableSpace space, ElementType type, double[][] x)
			throws Exception {
		OnnxExport.Exported exported = OnnxExport.hamiltonian(h, space, type, "test", NetworkGraph.WEIGHT_LIMIT);
		try (OrtRunner runner = new OrtRunner(exported.bytes(), type)) {
			return runner.run(x).get("energy");
		}
	}

	private Compiled compile(String text) throws Exception {
		HamFile file = parser.parse(text);
		var errors = validation.validate(file).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), "validation errors: " + errors);
		LoweredModel lowered = loweredModels.of(file.getModels().get(0));
		ModelCompilation compilation = ModelCompiler.compile(file.getModels().get(0), lowered);
		assertTrue(!compilation.hasProblems(), "compilation problems: " + compilation.problems());
		return new Compiled(lowered, compilation);
	}

	private static int firstNeuron(Network network) {
		for (int k = 0; k < network.nodeCount(); k++) {
			if (network.isNeuron(k)) {
				return k;
			}
		}
		throw new AssertionError("no neuron");
	}

	/** SAMPLES points of the declared domain, rounded to float for a float32 graph. */
	static double[][] points(VariableSpace space, Random random, ElementType type) {
		double[][] x = new double[SAMPLES][space.inputCount()];
		for (double[] row : x) {
			for (int i = 0; i < row.length; i++) {
				VariableDeclaration v = space.declarationOf(i);
				row[i] = switch (v.kind()) {
				case SPIN -> random.nextBoolean() ? 1 : -1;
				case BIT -> random.nextBoolean() ? 1 : 0;
				case REAL -> v.lo() + random.nextDouble() * (v.hi() - v.lo());
				};
			}
		}
		return type == ElementType.FLOAT ? OrtRunner.roundedToFloat(x) : x;
	}

	/** LANGUAGE.md's scale S = sum_k |c_k| max |m_k| over the domain. */
	static double scale(Polynomial h, VariableSpace space) {
		double s = 0;
		for (int k = 0; k < h.termCount(); k++) {
			Monomial m = h.monomial(k);
			double max = Math.abs(h.coefficientAt(k));
			for (int i = 0; i < m.size(); i++) {
				VariableDeclaration v = space.declarationOf(m.atom(i));
				max *= Math.pow(Math.max(Math.abs(v.lo()), Math.abs(v.hi())), m.exponent(i));
			}
			s += max;
		}
		return s;
	}
}
