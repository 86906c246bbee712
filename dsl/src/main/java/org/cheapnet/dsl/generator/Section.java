package org.cheapnet.dsl.generator;

import java.util.List;

/**
 * The code of one evaluation of a generated class, the exact plan or the network, in one of two
 * forms. Straight-line: {@code methods} are the bodies of {@code PREFIX0(x, v)},
 * {@code PREFIX1(x, v)}, ... run in order, which read the inputs x and fill a scratch array v of
 * {@code slots} values. Table-driven: {@code tables} are decoded at class initialization and a
 * loop fills v, which then holds the inputs first ({@code slots} counts them).
 * {@code outputs} are the Java expressions of the results once v is filled.
 *
 * @param prefix the method and table name prefix: "plan" or "network"
 */
record Section(String prefix, boolean tableDriven, int slots, List<List<String>> methods, List<Table> tables,
		List<String> outputs) {

	Section {
		methods = List.copyOf(methods);
		tables = List.copyOf(tables);
		outputs = List.copyOf(outputs);
	}

	/** Upper-case prefix for constant names: PLAN, NETWORK. */
	String constantPrefix() {
		return prefix.toUpperCase(java.util.Locale.ROOT);
	}
}
