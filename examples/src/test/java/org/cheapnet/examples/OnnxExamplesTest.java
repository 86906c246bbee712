package org.cheapnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.onnx.ElementType;
import org.cheapnet.dsl.onnx.NetworkGraph;
import org.cheapnet.dsl.onnx.OnnxExport;
import org.cheapnet.runtime.CompiledClassifier;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Every example of src/main/ham exported to ONNX (float64, as {@code hamc export --onnx} does)
 * and run in ONNX Runtime on random points of its domain agrees with the class the build
 * generated from the same .ham: energy with network(x) within 2% of the declared tolerance
 * (relative to the scale S of LANGUAGE.md), a classifier's logits within 1e-8 (1 + |logit|) and
 * its probabilities within 1e-8. The generated classes evaluate their networks their own way
 * (cell loops, tables, straight-line code), so this checks the export against an independent
 * evaluation. Why not a fixed 1e-9: two float64 evaluations of one network differ by the
 * rounding of each smooth gate, about eps |s(a)| / (lambda^2 |s''(a)|), which the compiler lets
 * grow with the tolerance (a larger tolerance, a smaller lambda); measured: up to 4.5e-9 S at
 * the default tolerance 1e-6 (Phi4Chain), 1.5e-8 S for the flat product at tolerance 0.05.
 */
class OnnxExamplesTest {
	private static final int SAMPLES = 500;
	private static final double AGREEMENT = 1e-8;
	/** The energy's allowed difference, as a fraction of the declared tolerance. */
	private static final double TOLERANCE_FRACTION = 0.02;

	private final Map<Model, ModelCompilation> compilations = new HashMap<>();

	@TestFactory
	Stream<DynamicTest> everyExampleAgreesInOnnxRuntimeWithItsGeneratedClass() {
		List<ExampleModels.Declaration> all = ExampleModels.all();
		assertTrue(all.size() >= 10, "declarations: " + all.size());
		return all.stream().map(d -> DynamicTest.dynamicTest(d.className(), () -> {
			VariableSpace space = d.lowered().space();
			double[][] x = points(space, new Random(11));
			if (d.declaration() instanceof Hamiltonian h) {
				assertHamiltonianAgrees(d, h, space, x);
			} else {
				assertClassifierAgrees(d, (Classifier) d.declaration(), space, x);
			}
		}));
	}

	private void assertHamiltonianAgrees(ExampleModels.Declaration d, Hamiltonian declaration, VariableSpace space,
			double[][] x) throws Exception {
		var compiled = compilation(d).hamiltonians().stream().filter(h -> h.name().equals(declaration.getName()))
				.findFirst().orElseThrow();
		OnnxExport.Exported exported = OnnxExport.hamiltonian(compiled, space, ElementType.DOUBLE, "test",
				NetworkGraph.WEIGHT_LIMIT);
		double[][] energy = run(exported.bytes(), x).get("energy");
		CompiledHamiltonian generated = (CompiledHamiltonian) Class.forName(d.className()).getConstructor().newInstance();
		double s = ExampleModels.scale(d.expanded(), space);
		double worst = 0;
		for (int r = 0; r < x.length; r++) {
			worst = Math.max(worst, Math.abs(energy[r][0] - generated.network(x[r])) / s);
		}
		assertTrue(worst <= TOLERANCE_FRACTION * d.tolerance(), d.className() + ": |ONNX - network(x)| / S = " + worst);
	}

	private void assertClassifierAgrees(ExampleModels.Declaration d, Classifier declaration, VariableSpace space,
			double[][] x) throws Exception {
		var compiled = compilation(d).classifiers().stream().filter(c -> c.name().equals(declaration.getName()))
				.findFirst().orElseThrow();
		OnnxExport.Exported exported = OnnxExport.classifier(compiled, space, ElementType.DOUBLE, "test",
				NetworkGraph.WEIGHT_LIMIT);
		Map<String, double[][]> out = run(exported.bytes(), x);
		CompiledClassifier generated = (CompiledClassifier) Class.forName(d.className()).getConstructor().newInstance();
		for (int r = 0; r < x.length; r++) {
			double[] logits = generated.logits(x[r]);
			double[] p = generated.probabilities(x[r]);
			assertEquals(logits.length, out.get("logits")[r].length);
			for (int y = 0; y < logits.length; y++) {
				assertEquals(logits[y], out.get("logits")[r][y], AGREEMENT * (1 + Math.abs(logits[y])), d.className() + " logit " + y);
				assertEquals(p[y], out.get("probabilities")[r][y], AGREEMENT, d.className() + " probability " + y);
			}
		}
	}

	/** The declaration's model compiled once, on the lowering ExampleModels made. */
	private ModelCompilation compilation(ExampleModels.Declaration d) {
		return compilations.computeIfAbsent(d.model(), m -> {
			ModelCompilation c = ModelCompiler.compile(m, d.lowered());
			assertTrue(!c.hasProblems(), "problems: " + c.problems());
			return c;
		});
	}

	private static Map<String, double[][]> run(byte[] model, double[][] x) throws OrtException {
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		Map<String, double[][]> outputs = new HashMap<>();
		try (OrtSession session = environment.createSession(model, new OrtSession.SessionOptions());
				OnnxTensor input = OnnxTensor.createTensor(environment, x);
				OrtSession.Result result = session.run(Map.of("x", input))) {
			for (var entry : result) {
				outputs.put(entry.getKey(), (double[][]) entry.getValue().getValue());
			}
		}
		return outputs;
	}

	private static double[][] points(VariableSpace space, Random random) {
		double[][] x = new double[SAMPLES][];
		for (int r = 0; r < SAMPLES; r++) {
			x[r] = ExampleModels.randomPoint(space, random);
		}
		return x;
	}
}
