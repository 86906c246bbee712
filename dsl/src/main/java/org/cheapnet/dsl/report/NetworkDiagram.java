package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cheapnet.dsl.compiler.network.GateKind;
import org.cheapnet.dsl.compiler.network.GateNode;
import org.cheapnet.dsl.compiler.network.GateProgram;
import org.cheapnet.dsl.compiler.network.NetworkCounts;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.network.Network;

/**
 * The picture of a network: for a small one (at most {@link #MAX_GATES} gates and
 * {@link #MAX_INPUTS} inputs) every gate as a box coloured by kind, layers left to right from
 * the inputs to the outputs, an edge wherever a gate or an output reads a value; for a larger one
 * a summary, the neurons of each hidden layer as bars and the gates of each kind. A
 * translation-symmetric hamiltonian is drawn for one unit cell.
 */
final class NetworkDiagram {

	static final int MAX_GATES = 60;
	static final int MAX_INPUTS = 24;

	private static final double COLUMN = 170;
	private static final double ROW = 34;
	private static final double TOP = 44;
	private static final double LEFT = 110;
	private static final double BOX_W = 92;
	private static final double BOX_H = 24;

	private NetworkDiagram() {
	}

	/** Whether the network is drawn gate by gate (else summarized). */
	static boolean drawsGates(GateProgram program) {
		return program.gates().size() <= MAX_GATES && program.inputCount() <= MAX_INPUTS;
	}

	/** An SVG of the gates, or of the summary. */
	static String of(ReportSubject subject) {
		GateProgram program = subject.gates();
		return drawsGates(program) ? gates(new GateGraph(program), subject) : summary(subject, program);
	}

	private static String gates(GateGraph graph, ReportSubject subject) {
		int nodes = graph.nodeCount();
		List<List<Integer>> columns = new ArrayList<>();
		for (int c = 0; c < graph.columnCount(); c++) {
			columns.add(new ArrayList<>());
		}
		for (int v = 0; v < nodes; v++) {
			if (!graph.isInput(v) || graph.isRead(v)) {
				columns.get(graph.column(v)).add(v);
			}
		}
		int tallest = columns.stream().mapToInt(List::size).max().orElse(1);
		double height = TOP + tallest * ROW + 20;
		double width = LEFT + (graph.columnCount() - 1) * COLUMN + BOX_W + 30;
		double[] y = new double[nodes];
		for (int c = 0; c < columns.size(); c++) {
			List<Integer> column = columns.get(c);
			if (c > 0) {
				// barycentre of what a node reads: fewer crossings
				column.sort(Comparator.comparingDouble(v -> meanSourceY(graph, v, y)));
			}
			double top = TOP + (tallest - column.size()) * ROW / 2;
			for (int i = 0; i < column.size(); i++) {
				y[column.get(i)] = top + i * ROW + ROW / 2;
			}
		}
		Svg svg = new Svg(Math.max(width, 560), height);
		legend(svg, kindsOf(graph.program()), 10);
		for (GateGraph.Edge e : graph.edges()) {
			if (graph.isInput(e.from()) && !graph.isRead(e.from())) {
				continue;
			}
			svg.curve(x(graph, e.from()) + BOX_W / 2, y[e.from()], x(graph, e.to()) - BOX_W / 2, y[e.to()],
					"fill:none;stroke:#8c8c8c;stroke-opacity:0.55;stroke-width:1.2");
		}
		VariableSpace space = subject.space();
		List<String> outputs = subject.outputNames();
		for (List<Integer> column : columns) {
			for (int v : column) {
				double cx = x(graph, v);
				if (graph.isInput(v)) {
					node(svg, cx, y[v], space.label(v), GateStyle.INPUT_COLOUR, "#222", "input " + space.label(v));
				} else if (graph.isOutput(v)) {
					String name = outputs.get(v - graph.program().valueCount());
					node(svg, cx, y[v], name, GateStyle.OUTPUT_COLOUR, "#fff", "output " + name);
				} else {
					GateNode gate = graph.gate(v);
					long neurons = gate.kind().neurons(gate.arity());
					node(svg, cx, y[v], GateStyle.symbol(gate.kind(), gate.arity()), GateStyle.colour(gate.kind()), "#fff",
							GateStyle.name(gate.kind()) + ": " + neurons + " neurons, layer " + graph.column(v));
				}
			}
		}
		for (int c = 0; c < graph.columnCount(); c++) {
			String label = c == 0 ? "inputs" : c == graph.columnCount() - 1 ? "outputs" : "layer " + c;
			svg.text(LEFT + c * COLUMN, TOP - 6, label, "middle", "fill:#555;font-size:11px");
		}
		return svg.toString();
	}

	private static double x(GateGraph graph, int node) {
		return LEFT + graph.column(node) * COLUMN;
	}

	private static double meanSourceY(GateGraph graph, int node, double[] y) {
		double sum = 0;
		int n = 0;
		for (GateGraph.Edge e : graph.edges()) {
			if (e.to() == node) {
				sum += y[e.from()];
				n++;
			}
		}
		return n == 0 ? 0 : sum / n;
	}

	private static void node(Svg svg, double cx, double cy, String label, String fill, String ink, String title) {
		svg.titled(title, () -> {
			svg.roundedRect(cx - BOX_W / 2, cy - BOX_H / 2, BOX_W, BOX_H, 6, "fill:" + fill + ";stroke:#333;stroke-width:0.8");
			svg.text(cx, cy + 4, shorten(label, 14), "middle", "fill:" + ink + ";font-size:11px");
		});
	}

	private static String shorten(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
	}

	private static Set<GateKind> kindsOf(GateProgram program) {
		Set<GateKind> kinds = EnumSet.noneOf(GateKind.class);
		program.gates().forEach(g -> kinds.add(g.kind()));
		return kinds;
	}

	/** One colour box per gate kind used, in a row at the top. */
	private static void legend(Svg svg, Set<GateKind> kinds, double x) {
		for (GateKind kind : kinds) {
			svg.rect(x, 8, 12, 12, "fill:" + GateStyle.colour(kind) + ";stroke:#333;stroke-width:0.6");
			String name = GateStyle.name(kind);
			svg.text(x + 17, 18, name, "start", "fill:#222;font-size:11px");
			x += 30 + 6.2 * name.length();
		}
	}

	/** Neurons per hidden layer as horizontal bars, with the gate kinds' colours in the legend. */
	private static String summary(ReportSubject subject, GateProgram program) {
		Network network = subject.network().network();
		int layers = Math.max(1, network.depth());
		long[] width = new long[layers + 1];
		for (int node = 0; node < network.nodeCount(); node++) {
			if (network.isNeuron(node)) {
				width[network.depthOf(network.valueOfNode(node))]++;
			}
		}
		long widest = 1;
		for (long w : width) {
			widest = Math.max(widest, w);
		}
		double barArea = 560;
		double rowHeight = 22;
		Svg svg = new Svg(LEFT + barArea + 120, TOP + layers * rowHeight + 40);
		legend(svg, kindsOf(program), 10);
		svg.text(10, TOP - 8, "neurons per hidden layer (" + program.inputCount() + " inputs, "
				+ program.gates().size() + " gates)", "start", "fill:#555;font-size:11px");
		for (int layer = 1; layer <= layers; layer++) {
			double y = TOP + (layer - 1) * rowHeight;
			double w = barArea * width[layer] / widest;
			svg.text(LEFT - 10, y + 15, "layer " + layer, "end", "fill:#222");
			svg.rect(LEFT, y + 3, Math.max(1, w), rowHeight - 6, "fill:#4e79a7");
			svg.text(LEFT + w + 6, y + 15, Long.toString(width[layer]), "start", "fill:#222");
		}
		return svg.toString();
	}

	/** The rows of the gate-kind table: kind, gates, neurons (of the drawn unit). */
	static List<String[]> kindRows(NetworkCounts counts) {
		List<String[]> rows = new ArrayList<>();
		for (GateKind kind : GateKind.values()) {
			if (counts.gates(kind) > 0) {
				rows.add(new String[] { GateStyle.name(kind), Integer.toString(counts.gates(kind)),
						Integer.toString(counts.neurons(kind)) });
			}
		}
		return rows;
	}
}
