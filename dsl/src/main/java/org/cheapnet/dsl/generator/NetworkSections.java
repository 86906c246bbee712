package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;

/**
 * The network's code: node by node, z = b + sum_i w_i v[src_i] added left to right as the
 * runtime's Interpreter does, then the activation for a neuron (a linear node keeps z).
 */
final class NetworkSections {
	static final String PREFIX = "network";

	private NetworkSections() {
	}

	/** Straight-line when the network has at most maxStraight nodes and 5 * maxStraight weights, else tables. */
	static Section of(Network network, int maxStraight) {
		long weights = 0;
		for (int k = 0; k < network.nodeCount(); k++) {
			weights += network.sources(k).length;
		}
		boolean small = network.nodeCount() <= maxStraight && weights <= 5L * maxStraight;
		return small ? straight(network) : tables(network);
	}

	/** The activations the network's neurons use, in the enum's order. */
	static List<Activation> activationsUsed(Network network) {
		List<Activation> used = new ArrayList<>();
		for (Activation a : Activation.values()) {
			if (network.neuronCountByActivation().containsKey(a)) {
				used.add(a);
			}
		}
		return used;
	}

	/** The name of the private static method of an activation in the generated class. */
	static String methodName(Activation activation) {
		return activation.dslName();
	}

	// Straight-line: v[k] is node k; v[nodes + g] is shared exponential g (see SharedExponentials).

	private static Section straight(Network network) {
		int n = network.inputCount();
		IntFunction<String> operand = value -> value < n ? "x[" + value + "]" : "v[" + (value - n) + "]";
		SharedExponentials shared = new SharedExponentials(network);
		StraightLineCode code = new StraightLineCode();
		for (int k = 0; k < network.nodeCount(); k++) {
			String target = "v[" + k + "]";
			int[] sources = network.sources(k);
			double[] weights = network.weights(k);
			Activation activation = network.activation(k);
			if (shared.isShared(k)) {
				String exponential = "v[" + shared.slot(k) + "]";
				if (shared.isFirst(k)) {
					String t = StraightLineCode.expression(0, sources, shared.exponentWeights(k), operand);
					code.add(exponential + " = Math.exp(" + t + ");", sources.length);
				}
				code.add(target + " = " + shared.formula(k, exponential) + ";", 1);
			} else if (activation != null && StraightLineCode.fits(weights)) {
				String z = StraightLineCode.expression(network.bias(k), sources, weights, operand);
				code.add(target + " = " + methodName(activation) + "(" + z + ");", sources.length);
			} else {
				code.assign(target, network.bias(k), sources, weights, operand);
				if (activation != null) {
					code.add(target + " = " + methodName(activation) + "(" + target + ");", 1);
				}
			}
		}
		List<String> outputs = new ArrayList<>();
		for (int o = 0; o < network.outputCount(); o++) {
			outputs.add(operand.apply(network.output(o)));
		}
		return new Section(PREFIX, false, network.nodeCount() + shared.count(), code.methods(), List.of(), outputs);
	}

	// Tables: v[0 .. inputs) are the inputs, v[inputs + k] node k, which reads
	// NETWORK_SOURCE[NETWORK_START[k] .. NETWORK_START[k + 1]); NETWORK_ACTIVATION[k] is 0 for a
	// linear node, else 1 + the index of its activation in activationsUsed.

	private static Section tables(Network network) {
		int nodes = network.nodeCount();
		int[] start = new int[nodes + 1];
		for (int k = 0; k < nodes; k++) {
			start[k + 1] = start[k] + network.sources(k).length;
		}
		int[] source = new int[start[nodes]];
		double[] weight = new double[start[nodes]];
		double[] bias = new double[nodes];
		byte[] activation = new byte[nodes];
		List<Activation> used = activationsUsed(network);
		for (int k = 0; k < nodes; k++) {
			System.arraycopy(network.sources(k), 0, source, start[k], start[k + 1] - start[k]);
			System.arraycopy(network.weights(k), 0, weight, start[k], start[k + 1] - start[k]);
			bias[k] = network.bias(k);
			activation[k] = (byte) (network.activation(k) == null ? 0 : 1 + used.indexOf(network.activation(k)));
		}
		List<String> outputs = new ArrayList<>();
		for (int o = 0; o < network.outputCount(); o++) {
			outputs.add("v[" + network.output(o) + "]");
		}
		List<Table> tables = List.of(Table.ints("NETWORK_START", start), Table.ints("NETWORK_SOURCE", source),
				Table.doubles("NETWORK_WEIGHT", weight), Table.doubles("NETWORK_BIAS", bias),
				Table.bytes("NETWORK_ACTIVATION", activation));
		return new Section(PREFIX, true, network.valueCount(), List.of(), tables, outputs);
	}
}
