package org.cheapnet.examples.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The same network as a dense multilayer perceptron with skip connections, the way a general
 * neural-network library would run it: linear nodes are substituted into the neurons that read
 * them, the neurons are grouped into layers by depth, and layer d computes
 * Z_d = [X | H_1 | ... | H_{d-1}] W_d + b_d, H_d = s(Z_d) with one dense matrix product
 * (CommonOps_DDRM.mult) per layer for the whole batch; the outputs are [X | H_1 | ...] W_out + c.
 * Zero weights are stored and multiplied like any other.
 */
final class DenseNetwork {
	private final int inputs;
	private final int columns;
	/** Per layer: the first column it writes (= the columns it reads), W_d (reads x neurons), b_d, s. */
	private final int[] firstColumn;
	private final DMatrixRMaj[] weights;
	private final double[][] biases;
	private final Activation[][] activations;
	private final DMatrixRMaj outputWeights;
	private final double[] outputBias;
	private final DMatrixRMaj values = new DMatrixRMaj(1, 1);
	private final DMatrixRMaj read = new DMatrixRMaj(1, 1);
	private final DMatrixRMaj z = new DMatrixRMaj(1, 1);

	private DenseNetwork(int inputs, int columns, int[] firstColumn, DMatrixRMaj[] weights, double[][] biases,
			Activation[][] activations, DMatrixRMaj outputWeights, double[] outputBias) {
		this.inputs = inputs;
		this.columns = columns;
		this.firstColumn = firstColumn;
		this.weights = weights;
		this.biases = biases;
		this.activations = activations;
		this.outputWeights = outputWeights;
		this.outputBias = outputBias;
	}

	/** The number of doubles the dense matrices of this network would hold. */
	static long denseSize(Network network) {
		int[] perDepth = neuronsPerDepth(network);
		long size = 0;
		long before = network.inputCount();
		for (int d = 1; d < perDepth.length; d++) {
			size += before * perDepth[d];
			before += perDepth[d];
		}
		return size + before * network.outputCount();
	}

	/** The dense form of a network (check {@link #denseSize} first: it allocates all of it). */
	static DenseNetwork of(Network network) {
		int n = network.inputCount();
		int[] perDepth = neuronsPerDepth(network);
		int layers = perDepth.length - 1;
		int[] firstColumn = new int[layers + 2];
		firstColumn[1] = n;
		for (int d = 1; d <= layers; d++) {
			firstColumn[d + 1] = firstColumn[d] + perDepth[d];
		}
		// column of each value: inputs keep theirs, neurons go after the neurons of smaller depth
		int[] column = new int[network.valueCount()];
		int[] next = firstColumn.clone();
		for (int i = 0; i < n; i++) {
			column[i] = i;
		}
		for (int k = 0; k < network.nodeCount(); k++) {
			int value = network.valueOfNode(k);
			column[value] = network.isNeuron(k) ? next[network.depthOf(value)]++ : -1;
		}
		DMatrixRMaj[] weights = new DMatrixRMaj[layers + 1];
		double[][] biases = new double[layers + 1][];
		Activation[][] activations = new Activation[layers + 1][];
		for (int d = 1; d <= layers; d++) {
			weights[d] = new DMatrixRMaj(firstColumn[d], perDepth[d]);
			biases[d] = new double[perDepth[d]];
			activations[d] = new Activation[perDepth[d]];
		}
		// every value as an affine form over the columns: linear nodes substituted
		List<Map<Integer, Double>> forms = new ArrayList<>();
		double[] constants = new double[network.valueCount()];
		for (int i = 0; i < n; i++) {
			forms.add(Map.of(i, 1.0));
		}
		for (int k = 0; k < network.nodeCount(); k++) {
			Map<Integer, Double> form = new HashMap<>();
			double constant = network.bias(k);
			int[] sources = network.sources(k);
			double[] w = network.weights(k);
			for (int e = 0; e < sources.length; e++) {
				double we = w[e];
				forms.get(sources[e]).forEach((c, a) -> form.merge(c, we * a, Double::sum));
				constant += we * constants[sources[e]];
			}
			int value = network.valueOfNode(k);
			if (network.isNeuron(k)) {
				int d = network.depthOf(value);
				int j = column[value] - firstColumn[d];
				form.forEach((c, a) -> weights[d].set(c, j, a));
				biases[d][j] = constant;
				activations[d][j] = network.activation(k);
				forms.add(Map.of(column[value], 1.0));
			} else {
				forms.add(form);
				constants[value] = constant;
			}
		}
		int columns = firstColumn[layers + 1];
		DMatrixRMaj outputWeights = new DMatrixRMaj(columns, network.outputCount());
		double[] outputBias = new double[network.outputCount()];
		for (int o = 0; o < network.outputCount(); o++) {
			int oo = o;
			forms.get(network.output(o)).forEach((c, a) -> outputWeights.add(c, oo, a));
			outputBias[o] = constants[network.output(o)];
		}
		return new DenseNetwork(n, columns, firstColumn, weights, biases, activations, outputWeights, outputBias);
	}

	private static int[] neuronsPerDepth(Network network) {
		int[] perDepth = new int[network.depth() + 1];
		for (int k = 0; k < network.nodeCount(); k++) {
			if (network.isNeuron(k)) {
				perDepth[network.depthOf(network.valueOfNode(k))]++;
			}
		}
		return perDepth;
	}

	/** Row r of out = the outputs for row r of xs; out is reshaped to rows x outputs. Not thread-safe (work matrices). */
	void evaluate(DMatrixRMaj xs, DMatrixRMaj out) {
		int rows = xs.numRows;
		values.reshape(rows, columns);
		CommonOps_DDRM.insert(xs, values, 0, 0);
		for (int d = 1; d < weights.length; d++) {
			// Z = V[:, 0 .. first_d) W_d + b_d, then H_d = s(Z)
			CommonOps_DDRM.extract(values, 0, rows, 0, firstColumn[d], read);
			z.reshape(rows, weights[d].numCols);
			CommonOps_DDRM.mult(read, weights[d], z);
			double[] b = biases[d];
			Activation[] s = activations[d];
			for (int r = 0; r < rows; r++) {
				int row = r * b.length;
				for (int j = 0; j < b.length; j++) {
					z.data[row + j] = s[j].value(z.data[row + j] + b[j]);
				}
			}
			CommonOps_DDRM.insert(z, values, 0, firstColumn[d]);
		}
		out.reshape(rows, outputBias.length);
		CommonOps_DDRM.mult(values, outputWeights, out);
		for (int r = 0; r < rows; r++) {
			for (int o = 0; o < outputBias.length; o++) {
				out.data[r * outputBias.length + o] += outputBias[o];
			}
		}
	}

	int inputs() {
		return inputs;
	}
}
