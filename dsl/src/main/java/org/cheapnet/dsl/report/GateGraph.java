package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.network.GateKind;
import org.cheapnet.dsl.compiler.network.GateNode;
import org.cheapnet.dsl.compiler.network.GateProgram;
import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.runtime.network.Network;

/**
 * A gate program as a layered graph: inputs in column 0, each gate in the column of its depth
 * (hidden layers under it), the outputs in the last column; an edge wherever a gate's operand or
 * an output's linear form reads a value. Node v &lt; valueCount is program value v, node
 * valueCount + o is output o.
 */
final class GateGraph {

	/** An edge from a value to a node that reads it. */
	record Edge(int from, int to) {
	}

	private final GateProgram program;
	private final int[] column;
	private final List<Edge> edges = new ArrayList<>();

	GateGraph(GateProgram program) {
		this.program = program;
		int values = program.valueCount();
		int[] depths = program.depths();
		int outputColumn = Math.max(1, program.depth()) + 1;
		column = new int[values + program.outputs().size()];
		for (int v = 0; v < values; v++) {
			column[v] = depths[v];
		}
		for (int g = 0; g < program.gates().size(); g++) {
			for (LinearForm operand : program.gates().get(g).operands()) {
				addEdges(operand, program.valueOf(g));
			}
		}
		for (int o = 0; o < program.outputs().size(); o++) {
			column[values + o] = outputColumn;
			addEdges(program.outputs().get(o), values + o);
		}
	}

	private void addEdges(LinearForm form, int to) {
		for (int i = 0; i < form.size(); i++) {
			Edge e = new Edge(form.value(i), to);
			if (!edges.contains(e)) {
				edges.add(e);
			}
		}
	}

	GateProgram program() {
		return program;
	}

	int nodeCount() {
		return column.length;
	}

	int columnCount() {
		return column[column.length - 1] + 1;
	}

	int column(int node) {
		return column[node];
	}

	List<Edge> edges() {
		return edges;
	}

	boolean isInput(int node) {
		return node < program.inputCount();
	}

	boolean isOutput(int node) {
		return node >= program.valueCount();
	}

	/** The gate of a node that is one. */
	GateNode gate(int node) {
		return program.gates().get(node - program.inputCount());
	}

	/** Whether an input is read by anything. */
	boolean isRead(int input) {
		return edges.stream().anyMatch(e -> e.from() == input);
	}

	/**
	 * Which gate each node of a network belongs to, for a network built from {@code cells} copies
	 * of the program, or null if its neurons do not line up with the gates. The network emitter
	 * writes each gate's neurons one after the other in program order (free linear nodes may come
	 * between gates), and a replicated network writes cell after cell.
	 *
	 * @param gate the gate's number, cell * gates + g, for each node; -1 for a linear node
	 * @param kind the gate's kind for each node, null for a linear node
	 */
	record NodeGates(int[] gate, GateKind[] kind) {
	}

	static NodeGates nodeGates(Network network, GateProgram program, int cells) {
		int gates = program.gates().size();
		if (gates == 0 || network.neuronCount() != cells * program.neuronCount()) {
			return null;
		}
		int[] gateOf = new int[network.nodeCount()];
		GateKind[] kinds = new GateKind[network.nodeCount()];
		int current = -1;
		long left = 0;
		for (int node = 0; node < network.nodeCount(); node++) {
			gateOf[node] = -1;
			if (!network.isNeuron(node)) {
				continue;
			}
			if (left == 0) {
				current++;
				GateNode next = program.gates().get(current % gates);
				left = next.kind().neurons(next.arity());
			}
			gateOf[node] = current;
			kinds[node] = program.gates().get(current % gates).kind();
			left--;
		}
		return new NodeGates(gateOf, kinds);
	}
}
