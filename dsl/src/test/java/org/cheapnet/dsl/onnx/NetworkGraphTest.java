package org.cheapnet.dsl.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Interpreter;
import org.cheapnet.runtime.network.Network;
import org.cheapnet.runtime.network.NetworkBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hand-built networks exported and run in ONNX Runtime against the runtime's activations and Interpreter. */
class NetworkGraphTest {
	private static final NetworkGraph.Header HEADER = new NetworkGraph.Header("test", "a test", "x", "test", Map.of());

	/**
	 * One neuron s(x) per output (outputs as a classifier's logits, offset 0, so logit = -s(x)),
	 * on arguments far outside the gates' range, where overflow and the composed forms
	 * (softplus, SiLU, the GELU series and its clipping) could go wrong.
	 */
	@ParameterizedTest
	@EnumSource(Activation.class)
	void activationsAgreeWithTheRuntimeOnAWideRange(Activation s) throws Exception {
		NetworkBuilder builder = new NetworkBuilder(1);
		builder.output(builder.neuron(s, new int[] { 0 }, new double[] { 1 }, 0));
		Network network = builder.build();
		double limit = s == Activation.EXP ? 700 : 1000;
		double[][] x = new double[4001][1];
		for (int r = 0; r < x.length; r++) {
			double t = -1 + 2.0 * r / (x.length - 1);
			// dense near 0 (where the gates run), up to +-limit at the ends
			x[r][0] = Math.signum(t) * limit * Math.pow(Math.abs(t), 4);
		}
		x[0][0] = -8.5; // the GELU series' clipping point
		x[1][0] = -8.5000001;
		double[][] logits;
		try (OrtRunner runner = new OrtRunner(NetworkGraph.classifier(network, new double[1], ElementType.DOUBLE, HEADER,
				NetworkGraph.WEIGHT_LIMIT).toByteArray(), ElementType.DOUBLE)) {
			logits = runner.run(x).get("logits");
		}
		for (int r = 0; r < x.length; r++) {
			double expected = s.value(x[r][0]);
			assertEquals(expected, -logits[r][0], 1e-14 * (1 + Math.abs(expected)), s + " at " + x[r][0]);
		}
	}

	/**
	 * Two activations at the same depth (two blocks), a neuron reading both blocks and the
	 * inputs (Concat), a linear node read by neurons and by the outputs (folded), two outputs.
	 */
	@Test
	void mixedBlocksAndFoldedLinearNodesAgreeWithTheInterpreter() throws Exception {
		NetworkBuilder b = new NetworkBuilder(3);
		int sum = b.linear(new int[] { 0, 1 }, new double[] { 0.5, -1.5 }, 0.25);
		int s1 = b.neuron(Activation.SIGMOID, new int[] { sum, 2 }, new double[] { 2, 1 }, -0.5);
		int t1 = b.neuron(Activation.TANH, new int[] { 0, sum }, new double[] { 1, -3 }, 0.1);
		int s2 = b.neuron(Activation.SIGMOID, new int[] { 1 }, new double[] { 4 }, 0);
		int mix = b.linear(new int[] { s1, t1 }, new double[] { 3, -2 }, 1);
		int deep = b.neuron(Activation.SOFTPLUS, new int[] { mix, s2, 2 }, new double[] { 0.7, -1, 0.3 }, 0.2);
		b.linearOutput(new int[] { deep, sum, s2 }, new double[] { 1.5, -1, 2 }, -0.75);
		b.linearOutput(new int[] { mix }, new double[] { -1 }, 0);
		Network network = b.build();
		double[] offsets = { 0.5, -2 };
		Random random = new Random(5);
		double[][] x = new double[200][3];
		for (double[] row : x) {
			for (int i = 0; i < 3; i++) {
				row[i] = -3 + 6 * random.nextDouble();
			}
		}
		double[][] logits;
		try (OrtRunner runner = new OrtRunner(NetworkGraph.classifier(network, offsets, ElementType.DOUBLE, HEADER,
				NetworkGraph.WEIGHT_LIMIT).toByteArray(), ElementType.DOUBLE)) {
			logits = runner.run(x).get("logits");
		}
		Interpreter interpreter = new Interpreter(network);
		for (int r = 0; r < x.length; r++) {
			double[] h = interpreter.evaluate(x[r]);
			for (int y = 0; y < 2; y++) {
				assertEquals(offsets[y] - h[y], logits[r][y], 1e-13 * (1 + Math.abs(h[y])));
			}
		}
	}

	@Test
	void aConstantNetworkGivesItsConstantOnEveryRow() throws Exception {
		NetworkBuilder b = new NetworkBuilder(2);
		b.linearOutput(new int[0], new double[0], 2.5);
		double[][] energy;
		try (OrtRunner runner = new OrtRunner(NetworkGraph.hamiltonian(b.build(), ElementType.DOUBLE, HEADER,
				NetworkGraph.WEIGHT_LIMIT).toByteArray(), ElementType.DOUBLE)) {
			energy = runner.run(new double[][] { { 1, 2 }, { -3, 4 }, { 0, 0 } }).get("energy");
		}
		for (double[] row : energy) {
			assertEquals(1, row.length);
			assertEquals(2.5, row[0]);
		}
	}

	@Test
	void aNetworkBeyondTheWeightLimitIsRefusedNamingTheLimit() {
		// 10 inputs, 20 sigmoid neurons on all of them, one output: 10 x 20 + 20 x 1 = 220 dense weights
		NetworkBuilder b = new NetworkBuilder(10);
		int[] inputs = new int[10];
		double[] ones = new double[10];
		for (int i = 0; i < 10; i++) {
			inputs[i] = i;
			ones[i] = 1;
		}
		int[] neurons = new int[20];
		double[] weights = new double[20];
		for (int n = 0; n < 20; n++) {
			neurons[n] = b.neuron(Activation.SIGMOID, inputs, ones, n);
			weights[n] = 1;
		}
		b.linearOutput(neurons, weights, 0);
		Network network = b.build();
		LayeredNetwork.TooLarge e = assertThrows(LayeredNetwork.TooLarge.class,
				() -> NetworkGraph.hamiltonian(network, ElementType.DOUBLE, HEADER, 219));
		assertEquals(220, e.weights);
		assertTrue(e.getMessage().contains("limit of 219"), e.getMessage());
		assertTrue(NetworkGraph.hamiltonian(network, ElementType.DOUBLE, HEADER, 220).toByteArray().length > 220 * 8);
	}
}
