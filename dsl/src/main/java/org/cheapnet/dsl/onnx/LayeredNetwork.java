package org.cheapnet.dsl.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;

/**
 * A network regrouped into dense layers, the shape an ONNX graph of MatMul, Add and activations
 * wants. Linear nodes are folded into whatever reads them (they are free: composing affine maps
 * only changes weights), so every neuron's argument and every output is an affine form of inputs
 * and neurons. Neurons are grouped into blocks by (depth, activation); block 0 is the inputs. A
 * block at depth d reads only blocks of smaller depth, so the blocks in order form the layers:
 * block = s(concat(blocks read) W + b), outputs = concat(blocks read) W + b, W dense.
 */
final class LayeredNetwork {

	/**
	 * One dense affine map: target = concat(reads) * weights + bias, weights row-major
	 * rows x columns, rows = the sizes of the blocks read, in order.
	 *
	 * @param activation the block's activation, null for the outputs
	 */
	record Layer(Activation activation, int[] reads, int rows, int columns, double[] weights, double[] bias) {
	}

	private final Network network;
	private final int[] blockOf;
	private final int[] positionOf;
	private final List<Integer> blockSizes = new ArrayList<>();
	private final List<Layer> hidden = new ArrayList<>();
	private final Layer output;
	private final long weightCount;
	/** Each neuron's argument as an affine form of inputs and neurons. */
	private final Map<Integer, LinearForm> arguments = new TreeMap<>();

	private LayeredNetwork(Network network, double outputFactor, double[] outputOffsets, long weightLimit) {
		this.network = network;
		this.blockOf = new int[network.valueCount()];
		this.positionOf = new int[network.valueCount()];
		LinearForm[] form = foldLinearNodes();
		List<List<Integer>> blocks = groupNeurons();
		long dense = 0;
		for (List<Integer> block : blocks) {
			dense += countDense(block.stream().map(arguments::get).toList(), block.size());
		}
		List<LinearForm> outputs = new ArrayList<>();
		for (int o = 0; o < network.outputCount(); o++) {
			LinearForm f = form[network.output(o)];
			outputs.add(new LinearForm.Builder().add(f, outputFactor).addConstant(outputOffsets[o]).build());
		}
		dense += countDense(outputs, outputs.size());
		if (dense > weightLimit) {
			throw new TooLarge(dense, weightLimit);
		}
		for (List<Integer> block : blocks) {
			Activation activation = network.activation(block.get(0) - network.inputCount());
			hidden.add(layer(activation, block.stream().map(arguments::get).toList()));
		}
		this.output = layer(null, outputs);
		this.weightCount = dense;
	}

	/**
	 * The layers of a network whose outputs are outputFactor * output_o + outputOffsets[o].
	 *
	 * @throws TooLarge if the dense weight matrices would hold more than weightLimit numbers
	 */
	static LayeredNetwork of(Network network, double outputFactor, double[] outputOffsets, long weightLimit) {
		if (outputOffsets.length != network.outputCount()) {
			throw new IllegalArgumentException(outputOffsets.length + " offsets for " + network.outputCount() + " outputs");
		}
		return new LayeredNetwork(network, outputFactor, outputOffsets, weightLimit);
	}

	/** The dense layers need more numbers than the limit allows. */
	static final class TooLarge extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final long weights;
		final long limit;

		TooLarge(long weights, long limit) {
			super(weights + " weights in dense layers, more than the limit of " + limit);
			this.weights = weights;
			this.limit = limit;
		}
	}

	/** The hidden layers in evaluation order; layer i computes block i + 1. */
	List<Layer> hidden() {
		return hidden;
	}

	Layer output() {
		return output;
	}

	/** The size of block b (block 0: the inputs). */
	int blockSize(int b) {
		return blockSizes.get(b);
	}

	/** Numbers in all weight matrices (zeros included). */
	long weightCount() {
		return weightCount;
	}

	/**
	 * form[v]: an input or a neuron is itself, a linear node is b + sum w form[src]; the argument
	 * b + sum w form[src] of each neuron v goes to arguments.
	 */
	private LinearForm[] foldLinearNodes() {
		LinearForm[] form = new LinearForm[network.valueCount()];
		for (int i = 0; i < network.inputCount(); i++) {
			form[i] = LinearForm.of(i);
		}
		for (int k = 0; k < network.nodeCount(); k++) {
			int v = network.valueOfNode(k);
			LinearForm.Builder sum = new LinearForm.Builder().addConstant(network.bias(k));
			int[] sources = network.sources(k);
			double[] weights = network.weights(k);
			for (int e = 0; e < sources.length; e++) {
				sum.add(form[sources[e]], weights[e]);
			}
			if (network.isNeuron(k)) {
				arguments.put(v, sum.build());
				form[v] = LinearForm.of(v);
			} else {
				form[v] = sum.build();
			}
		}
		return form;
	}

	/** Blocks 1.. of neuron value indices, by (depth, activation), each in node order; fills blockOf, positionOf. */
	private List<List<Integer>> groupNeurons() {
		blockSizes.add(network.inputCount());
		for (int i = 0; i < network.inputCount(); i++) {
			positionOf[i] = i;
		}
		Map<Long, List<Integer>> byKey = new TreeMap<>();
		for (int k = 0; k < network.nodeCount(); k++) {
			if (network.isNeuron(k)) {
				int v = network.valueOfNode(k);
				long key = (long) network.depthOf(v) << 8 | network.activation(k).ordinal();
				byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
			}
		}
		List<List<Integer>> blocks = new ArrayList<>(byKey.values());
		for (int b = 0; b < blocks.size(); b++) {
			List<Integer> block = blocks.get(b);
			for (int p = 0; p < block.size(); p++) {
				blockOf[block.get(p)] = b + 1;
				positionOf[block.get(p)] = p;
			}
			blockSizes.add(block.size());
		}
		return blocks;
	}

	/** The blocks the forms read, ascending. */
	private int[] reads(List<LinearForm> forms) {
		TreeSet<Integer> read = new TreeSet<>();
		for (LinearForm f : forms) {
			for (int i = 0; i < f.size(); i++) {
				read.add(blockOf[f.value(i)]);
			}
		}
		if (read.isEmpty()) {
			read.add(0); // a constant still needs a [N, columns] result: zero weights on the inputs
		}
		return read.stream().mapToInt(Integer::intValue).toArray();
	}

	private long countDense(List<LinearForm> forms, int columns) {
		long rows = 0;
		for (int b : reads(forms)) {
			rows += blockSizes.get(b);
		}
		return rows * columns;
	}

	private Layer layer(Activation activation, List<LinearForm> forms) {
		int[] reads = reads(forms);
		int[] rowOffset = new int[blockSizes.size()];
		int rows = 0;
		for (int b : reads) {
			rowOffset[b] = rows;
			rows += blockSizes.get(b);
		}
		int columns = forms.size();
		double[] weights = new double[rows * columns];
		double[] bias = new double[columns];
		for (int c = 0; c < columns; c++) {
			LinearForm f = forms.get(c);
			bias[c] = f.constant();
			for (int i = 0; i < f.size(); i++) {
				int row = rowOffset[blockOf[f.value(i)]] + positionOf[f.value(i)];
				weights[row * columns + c] += f.weight(i);
			}
		}
		return new Layer(activation, reads, rows, columns, weights, bias);
	}

}
