package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.network.GateKind;
import org.cheapnet.dsl.compiler.network.GateNode;
import org.cheapnet.dsl.compiler.network.GateProgram;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.network.Network;

/**
 * Graphviz DOT of a declaration's whole network, neuron by neuron: one node per input, per
 * network node (a neuron, coloured by the kind of gate it belongs to, or a free linear node) and
 * per output, one edge per non-zero weight and one from each output's value to its output node.
 * A gate's neurons form a cluster when there are at most {@link #MAX_CLUSTERS} gates.
 */
public final class DotWriter {

	static final int MAX_CLUSTERS = 200;

	private DotWriter() {
	}

	/** One {@code digraph} per subject. */
	public static String of(List<ReportSubject> subjects) {
		StringBuilder dot = new StringBuilder();
		for (ReportSubject s : subjects) {
			dot.append(of(s));
		}
		return dot.toString();
	}

	public static String of(ReportSubject subject) {
		Network network = subject.fullNetwork();
		VariableSpace space = subject.modelSpace();
		GateProgram program = subject.gates();
		GateGraph.NodeGates gates = GateGraph.nodeGates(network, program, subject.cells());
		StringBuilder dot = new StringBuilder();
		dot.append("digraph ").append(quote(subject.name())).append(" {\n");
		dot.append("  graph [rankdir=LR, labelloc=t, label=").append(quote(subject.name() + ": "
				+ network.neuronCount() + " neurons, " + network.depth() + " hidden layers")).append("];\n");
		dot.append("  node [fontname=\"Helvetica\", fontsize=10];\n");
		dot.append("  edge [color=\"#8c8c8c\", arrowsize=0.5];\n");
		for (int i = 0; i < network.inputCount(); i++) {
			dot.append("  ").append(value(network, i)).append(" [shape=box, style=filled, fillcolor=\"")
					.append(GateStyle.INPUT_COLOUR).append("\", label=").append(quote(space.label(i))).append("];\n");
		}
		for (int node = 0; node < network.nodeCount(); node++) {
			dot.append("  ").append(value(network, network.valueOfNode(node)));
			if (network.isNeuron(node)) {
				GateKind kind = gates == null ? null : gates.kind()[node];
				String colour = kind == null ? "#dddddd" : GateStyle.colour(kind);
				dot.append(" [shape=circle, width=0.25, fixedsize=true, style=filled, label=\"\", fillcolor=\"")
						.append(colour).append("\", tooltip=").append(quote(kind == null ? "neuron" : kind.name()))
						.append("];\n");
			} else {
				dot.append(" [shape=box, width=0.25, height=0.25, fixedsize=true, label=\"+\", tooltip=\"linear\"];\n");
			}
		}
		List<String> names = subject.outputNames();
		for (int o = 0; o < network.outputCount(); o++) {
			String name = o < names.size() ? names.get(o) : "out" + o;
			dot.append("  out").append(o).append(" [shape=box, style=\"rounded,filled\", fillcolor=\"")
					.append(GateStyle.OUTPUT_COLOUR).append("\", fontcolor=white, label=").append(quote(name)).append("];\n");
		}
		for (int node = 0; node < network.nodeCount(); node++) {
			int[] sources = network.sources(node);
			double[] weights = network.weights(node);
			for (int e = 0; e < sources.length; e++) {
				if (weights[e] != 0) {
					dot.append("  ").append(value(network, sources[e])).append(" -> ")
							.append(value(network, network.valueOfNode(node))).append(";\n");
				}
			}
		}
		for (int o = 0; o < network.outputCount(); o++) {
			dot.append("  ").append(value(network, network.output(o))).append(" -> out").append(o).append(";\n");
		}
		clusters(dot, network, gates, program);
		return dot.append("}\n").toString();
	}

	private static void clusters(StringBuilder dot, Network network, GateGraph.NodeGates gates, GateProgram program) {
		if (gates == null) {
			return;
		}
		Map<Integer, List<Integer>> members = new LinkedHashMap<>();
		for (int node = 0; node < network.nodeCount(); node++) {
			if (gates.gate()[node] >= 0) {
				members.computeIfAbsent(gates.gate()[node], g -> new ArrayList<>()).add(node);
			}
		}
		if (members.size() > MAX_CLUSTERS) {
			return;
		}
		for (Map.Entry<Integer, List<Integer>> gate : members.entrySet()) {
			GateNode node = program.gates().get(gate.getKey() % program.gates().size());
			GateKind kind = node.kind();
			dot.append("  subgraph cluster_g").append(gate.getKey()).append(" {\n    label=")
					.append(quote(GateStyle.symbol(kind, node.arity())))
					.append("; style=rounded; color=").append(quote(GateStyle.colour(kind))).append(";\n    ");
			for (int member : gate.getValue()) {
				dot.append(value(network, network.valueOfNode(member))).append("; ");
			}
			dot.append("\n  }\n");
		}
	}

	/** x0, x1, ... for inputs, nN for the node of value N (the network's value numbering). */
	private static String value(Network network, int v) {
		return (v < network.inputCount() ? "x" : "n") + v;
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
