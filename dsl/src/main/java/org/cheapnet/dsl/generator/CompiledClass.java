package org.cheapnet.dsl.generator;

import java.util.List;

import org.cheapnet.runtime.Activation;

/**
 * What the templates need to write one generated class: names, documentation, the
 * {@code ModelInfo} builder calls, and the code of the plan and of the network.
 *
 * @param sourceName    the .ham file's name, for the header
 * @param javaPackage   the package, "" for none
 * @param description   one sentence for the class comment
 * @param layout        one documentation line per input variable
 * @param inputCount    the length of a sample
 * @param info          the ModelInfo builder calls, e.g. {@code .model("Ising2D")}
 * @param activations   the activations the network uses, in the enum's order
 * @param classes       a classifier's class names in logit order; empty for a hamiltonian
 * @param logitOffsets  a classifier's constants -mu_y - ln Z_y; empty for a hamiltonian
 * @param loops         for a translation-symmetric hamiltonian, the loops over its cells (then plan and
 *                      network are one cell's, over the local inputs); null to evaluate the whole input at once
 * @param lanes         the network's batch code over blocks of rows; null for a table-driven network
 */
record CompiledClass(String sourceName, String javaPackage, String className, String description, List<String> layout,
		int inputCount, List<String> info, Section plan, Section network, List<Activation> activations,
		List<String> classes, List<Double> logitOffsets, CellLoops loops, LaneSection lanes) {

	CompiledClass {
		layout = List.copyOf(layout);
		info = List.copyOf(info);
		activations = List.copyOf(activations);
		classes = List.copyOf(classes);
		logitOffsets = List.copyOf(logitOffsets);
	}

	boolean hasLanes() {
		return lanes != null;
	}

	boolean loopsOverCells() {
		return loops != null;
	}

	/** The constant holding the number of inputs of the plan and the network: all inputs, or one cell's. */
	String sectionInputs() {
		return loopsOverCells() ? "CELL_INPUTS" : "INPUTS";
	}

	boolean hasPackage() {
		return !javaPackage.isEmpty();
	}

	/** The Java expression of logit y: -network_y(x) + offset_y. */
	String logit(int y) {
		return JavaLiterals.of(logitOffsets.get(y)) + " - " + network.outputs().get(y);
	}

	/** Every table of the class: the plan's, the network's and the cell loops'. */
	List<Table> tables() {
		List<Table> tables = new java.util.ArrayList<>(plan.tables());
		tables.addAll(network.tables());
		if (loops != null) {
			tables.addAll(loops.tables());
		} else if (lanes != null) {
			tables.add(lanes.inputs()); // the cells' lanes are all their local inputs
		}
		return tables;
	}

	/** The element types with a decoder: all three (the int and double decoders use the byte one) if there is any table. */
	List<String> tableTypes() {
		return tables().isEmpty() ? List.of() : List.of("int", "double", "byte");
	}

	String activationConstant(Activation activation) {
		return "Activation." + activation.name();
	}

	String activationMethod(Activation activation) {
		return NetworkSections.methodName(activation);
	}
}
