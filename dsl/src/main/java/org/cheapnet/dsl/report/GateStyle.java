package org.cheapnet.dsl.report;

import org.cheapnet.dsl.compiler.network.GateKind;

/** How a gate kind is shown: its colour, symbol and name, the same in the HTML drawing and in DOT. */
final class GateStyle {

	static final String INPUT_COLOUR = "#bab0ac";
	static final String OUTPUT_COLOUR = "#4a4a4a";
	static final String LINEAR_COLOUR = "#ffffff";

	private GateStyle() {
	}

	static String colour(GateKind kind) {
		return switch (kind) {
			case PRODUCT -> "#4e79a7";
			case SQUARE -> "#f28e2b";
			case FLAT_PRODUCT -> "#e15759";
			case BIT_PRODUCT -> "#59a14f";
			case SPIN_PRODUCT -> "#b07aa1";
		};
	}

	/** A short symbol for a gate of this kind and arity. */
	static String symbol(GateKind kind, int arity) {
		return switch (kind) {
			case PRODUCT -> "u\u00b7v";
			case SQUARE -> "x\u00b2";
			case FLAT_PRODUCT -> "\u03a0" + arity + " flat";
			case BIT_PRODUCT -> "\u2227" + arity + " bits";
			case SPIN_PRODUCT -> "\u03a0" + arity + " spins";
		};
	}

	/** The legend's name of a kind. */
	static String name(GateKind kind) {
		return switch (kind) {
			case PRODUCT -> "product u\u00b7v (4 neurons)";
			case SQUARE -> "square x\u00b2 (2 neurons)";
			case FLAT_PRODUCT -> "flat product of n (2^n neurons)";
			case BIT_PRODUCT -> "product of k bits (1 neuron)";
			case SPIN_PRODUCT -> "product of k spins (k neurons)";
		};
	}
}
