package org.cheapnet.dsl.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cheapnet.runtime.network.Network;

/**
 * A runtime {@link Network} as an ONNX graph. Input {@code x} [N, inputCount] in the network's
 * input order; hidden layers h_i = s(concat(blocks read) W_i + b_i) with MatMul, Add, Concat and
 * the activation's operators ({@link ActivationOps}); a hamiltonian's output {@code energy}
 * [N, 1], a classifier's {@code logits} [N, classes] = offset - H_y and {@code probabilities}
 * = Softmax(logits). Weight matrices are dense: their size is capped by {@link #WEIGHT_LIMIT}.
 */
public final class NetworkGraph {
	/** The most numbers the weight matrices of one exported graph may hold (8 MB of float64). */
	public static final long WEIGHT_LIMIT = 1_000_000;

	/**
	 * What the model file says about itself.
	 *
	 * @param graphName       the graph's name
	 * @param docString       the model's doc string
	 * @param inputDoc        the doc string of input x: its layout
	 * @param producerVersion CheapNet's version
	 * @param metadata        metadata_props entries
	 */
	public record Header(String graphName, String docString, String inputDoc, String producerVersion,
			Map<String, String> metadata) {
	}

	private NetworkGraph() {
	}

	/** A hamiltonian's network (one output, H) as a model with output {@code energy} [N, 1]. */
	public static OnnxModel hamiltonian(Network network, ElementType type, Header header, long weightLimit) {
		checkOutputs(network, 1);
		GraphWriter graph = start(header, network, type);
		LayeredNetwork layers = LayeredNetwork.of(network, 1, new double[1], weightLimit);
		hiddenLayers(graph, layers);
		affine(graph, layers.output(), "energy");
		graph.model().output("energy", type, new long[] { -1, 1 }, "the network's approximation of H(x)");
		return graph.model();
	}

	/**
	 * A classifier's network (output y is H_y) as a model with outputs {@code logits} [N, classes],
	 * logit_y = logitOffsets[y] - H_y, and {@code probabilities}, their softmax.
	 */
	public static OnnxModel classifier(Network network, double[] logitOffsets, ElementType type, Header header,
			long weightLimit) {
		checkOutputs(network, logitOffsets.length);
		GraphWriter graph = start(header, network, type);
		LayeredNetwork layers = LayeredNetwork.of(network, -1, logitOffsets, weightLimit);
		hiddenLayers(graph, layers);
		affine(graph, layers.output(), "logits");
		graph.model().node("Softmax", List.of("logits"), List.of("probabilities"), new OnnxModel.Attribute("axis", 1));
		long[] dims = { -1, logitOffsets.length };
		graph.model().output("logits", type, dims, "-H_y(x) - mu_y - ln Z_y, one column per class");
		graph.model().output("probabilities", type, dims, "p(y | x), the softmax of the logits");
		return graph.model();
	}

	private static void checkOutputs(Network network, int expected) {
		if (network.outputCount() != expected) {
			throw new IllegalArgumentException("network has " + network.outputCount() + " outputs, expected " + expected);
		}
	}

	private static GraphWriter start(Header header, Network network, ElementType type) {
		if (type == ElementType.INT64) {
			throw new IllegalArgumentException("a network is exported as float or double");
		}
		OnnxModel model = new OnnxModel(header.graphName(), header.producerVersion()).docString(header.docString());
		header.metadata().forEach(model::metadata);
		model.input("x", type, new long[] { -1, network.inputCount() }, header.inputDoc());
		return new GraphWriter(model, type);
	}

	/** Block i + 1 = s(concat(reads) W + b), named h1, h2, ... */
	private static void hiddenLayers(GraphWriter graph, LayeredNetwork layers) {
		ActivationOps activations = new ActivationOps(graph);
		for (int i = 0; i < layers.hidden().size(); i++) {
			LayeredNetwork.Layer layer = layers.hidden().get(i);
			String name = "h" + (i + 1);
			String z = affine(graph, layer, name + ".z");
			activations.apply(layer.activation(), z, name);
		}
	}

	/** out = concat(blocks read) W + b; returns out. */
	private static String affine(GraphWriter graph, LayeredNetwork.Layer layer, String out) {
		List<String> blocks = new ArrayList<>();
		for (int b : layer.reads()) {
			blocks.add(b == 0 ? "x" : "h" + b);
		}
		String input = blocks.get(0);
		if (blocks.size() > 1) {
			input = out + ".in";
			graph.model().node("Concat", blocks, List.of(input), new OnnxModel.Attribute("axis", 1));
		}
		String weights = graph.tensor(out + ".W", new long[] { layer.rows(), layer.columns() }, layer.weights());
		String bias = graph.tensor(out + ".b", new long[] { layer.columns() }, layer.bias());
		return graph.op("Add", out, graph.op("MatMul", out + ".xW", input, weights), bias);
	}
}
