package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cheapnet.dsl.validation.HamIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/** hamc export FILE... --onnx DIR [--float]. */
class HamcExportTest {
	private static final String RING = """
			model Ring {
			    lattice r = chain(4) periodic
			    spin s on r
			    hamiltonian Hot = -0.2 * sum(i in r) s[i] * s[i+1]
			    hamiltonian Cold = -1.0 * sum(i in r) s[i] * s[i+1]
			    classifier T { class hot = Hot prior 0.5 class cold = Cold prior 0.5 normalize exact }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void writesOneModelPerHamiltonianAndClassifierWithTheDocumentedInterface() throws Exception {
		Path file = HamcRun.write(dir, "ring.ham", RING);
		Path out = dir.resolve("onnx");
		HamcRun run = HamcRun.of("export", file.toString(), "--onnx", out.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals(List.of(out.resolve("Ring.Hot.onnx").toString(), out.resolve("Ring.Cold.onnx").toString(),
				out.resolve("Ring.T.onnx").toString()), run.outLines());
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		try (OrtSession hot = environment.createSession(out.resolve("Ring.Hot.onnx").toString());
				OrtSession t = environment.createSession(out.resolve("Ring.T.onnx").toString())) {
			assertEquals(Set.of("x"), hot.getInputNames());
			assertEquals(Set.of("energy"), hot.getOutputNames());
			assertEquals(Set.of("logits", "probabilities"), t.getOutputNames());
			TensorInfo x = (TensorInfo) hot.getInputInfo().get("x").getInfo();
			assertEquals(4, x.getShape()[1]);
			// all spins up: H_hot = -0.2 * 4 bonds = -0.8
			try (OnnxTensor input = OnnxTensor.createTensor(environment, new double[][] { { 1, 1, 1, 1 } });
					OrtSession.Result result = hot.run(Map.of("x", input))) {
				assertEquals(-0.8, ((double[][]) result.get("energy").get().getValue())[0][0], 1e-6);
			}
			assertTrue(hot.getMetadata().getCustomMetadata().get("cheapnet.inputs").contains("spin s on r"));
		}
	}

	@Test
	void floatWritesFloat32AndWarnsWhenSmoothGatesCancel() throws Exception {
		Path file = HamcRun.write(dir, "product.ham", """
				model P {
				    real x in [-1, 1]
				    real y in [-1, 1]
				    hamiltonian H = x * y
				}
				""");
		Path out = dir.resolve("onnx");
		HamcRun run = HamcRun.of("export", file.toString(), "--onnx", out.toString(), "--float");
		assertEquals(0, run.status(), run.err());
		// at the hamiltonian's name (line 4, column 17), with its issue code
		assertTrue(run.err().contains(file + ":4:17: warning: P.H: in float32"), run.err());
		assertTrue(run.err().strip().endsWith("[" + HamIssueCodes.FLOAT32_IMPRECISE + "]"), run.err());
		try (OrtSession h = OrtEnvironment.getEnvironment().createSession(out.resolve("P.H.onnx").toString())) {
			assertEquals(ai.onnxruntime.OnnxJavaType.FLOAT, ((TensorInfo) h.getInputInfo().get("x").getInfo()).type);
		}
	}

	@Test
	void aNetworkPastTheWeightLimitIsAnErrorAtItsDeclarationAndTheOthersAreWritten() throws Exception {
		// 1,000 inputs and 2,000 neurons: a dense first layer of 2e6 weights, past the limit of 1e6
		Path file = HamcRun.write(dir, "ring.ham", """
				model Ring {
				    lattice c = chain(1000) periodic
				    spin s on c
				    hamiltonian Big = -sum(i in c) s[i] * s[i+1]
				    hamiltonian Small = s[0] * s[1]
				}
				""");
		Path out = dir.resolve("onnx");
		HamcRun run = HamcRun.of("export", file.toString(), "--onnx", out.toString());
		assertEquals(1, run.status(), run.err());
		assertTrue(run.err().startsWith(file + ":4:17: error: "), run.err());
		assertTrue(run.err().strip().endsWith("[" + HamIssueCodes.EXPORT_TOO_LARGE + "]"), run.err());
		assertTrue(Files.exists(out.resolve("Ring.Small.onnx")), run.out());
		assertFalse(Files.exists(out.resolve("Ring.Big.onnx")), run.out());
	}

	@Test
	void aFileWithAnErrorWritesNothingAndExitsWithOne() {
		Path file = HamcRun.write(dir, "bad.ham", """
				model Bad {
				    real x in [-1, 1]
				    hamiltonian H = x / x
				}
				""");
		Path out = dir.resolve("onnx");
		HamcRun run = HamcRun.of("export", file.toString(), "--onnx", out.toString());
		assertEquals(1, run.status());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith(file + ":3:"), run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void missingOnnxDirOrFileIsAUsageError() {
		Path file = HamcRun.write(dir, "ring.ham", RING);
		HamcRun noDir = HamcRun.of("export", file.toString());
		assertEquals(2, noDir.status());
		assertTrue(noDir.err().startsWith("hamc: export needs --onnx DIR"), noDir.err());
		HamcRun noFile = HamcRun.of("export", "--onnx", dir.toString());
		assertEquals(2, noFile.status());
		assertTrue(noFile.err().startsWith("hamc: export needs at least one FILE"), noFile.err());
	}
}
