package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.cheapnet.dsl.cli.JsonWriter;
import org.cheapnet.dsl.cli.ReportEntry;
import org.cheapnet.dsl.cli.ReportJson;
import org.cheapnet.dsl.compiler.driver.Phase;
import org.cheapnet.dsl.compiler.network.GateKind;

/**
 * The numbers of {@code hamc report --json} for one entry as rows (key, value, meaning): the same
 * keys in the same order, nested objects flattened to {@code neuronsByGate.product}, numbers
 * written exactly as the JSON writes them.
 */
final class CountsTable {

	/** One row: the JSON key, the value's JSON text (strings unquoted), what it means. */
	record Row(String key, String value, String meaning) {
	}

	private CountsTable() {
	}

	static List<Row> of(ReportEntry e) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("name", e.name(), "MODEL.NAME"));
		rows.add(new Row("package", e.javaPackage() == null ? "null" : e.javaPackage(), "the file's package"));
		rows.add(new Row("className", e.className(), "the generated class"));
		if (e.classes() != null) {
			ReportEntry.Classes c = e.classes();
			rows.add(new Row("classes", String.join(", ", c.names()), "in declaration order"));
			rows.add(new Row("priors", join(c.priors()), "renormalized to sum to 1"));
			rows.add(new Row("logPartition", join(c.logPartition()), "ln Z_y per class"));
			rows.add(new Row("classMonomials", join(c.monomials()), "terms of each class's polynomial"));
		}
		rows.add(row("variables", e.variables(), "input variables the polynomial reads"));
		rows.add(row("inputs", e.inputs(), "length of the input vector"));
		rows.add(row("monomials", e.monomials(), "terms of the expanded polynomial"));
		rows.add(row("multiplications", e.multiplications(), "M, multiplications of the plan"));
		rows.add(row("squarings", e.squarings(), "S, how many of the M are squares"));
		rows.add(new Row("construction", e.construction(), "the planning construction that won"));
		rows.add(row("lowerBound", e.lowerBound(), "no program needs fewer multiplications"));
		rows.add(new Row("provedMinimal", Boolean.toString(e.provedMinimal()), "M meets the lower bound"));
		rows.add(row("neurons", e.counts().neurons(), "hidden neurons of the network"));
		for (GateKind kind : GateKind.values()) {
			rows.add(row("neuronsByGate." + ReportJson.gateKey(kind), e.counts().neurons(kind), "neurons in these gates"));
		}
		for (GateKind kind : GateKind.values()) {
			rows.add(row("gates." + ReportJson.gateKey(kind), e.counts().gates(kind), "gates of this kind"));
		}
		rows.add(row("depth", e.counts().depth(), "hidden layers"));
		rows.add(row("weights", e.counts().nonZeroWeights(), "non-zero connection weights"));
		rows.add(row("lambda", e.lambda(), "smooth gates' input scale"));
		rows.add(row("beta", e.beta(), "threshold gates' steepness"));
		rows.add(row("errorBound", e.errorBound(), "predicted bound on the relative error"));
		rows.add(row("measuredError", e.measuredError(), "largest relative error measured"));
		rows.add(row("verifiedPoints", e.verifiedPoints(), "points the verifier checked"));
		rows.add(row("flatNeurons", e.flatNeurons(), "neurons of the one-hidden-layer network"));
		rows.add(new Row("flat", Boolean.toString(e.flat()), "whether this network is the flat one"));
		rows.add(new Row("activation", e.activation(), ""));
		rows.add(row("tolerance", e.tolerance(), "relative error allowed"));
		rows.add(new Row("maxDepth", e.maxDepth() == null ? "null" : Integer.toString(e.maxDepth()), "the @depth limit"));
		for (Map.Entry<Phase, Double> time : e.timesMs().entrySet()) {
			rows.add(row("timesMs." + time.getKey().name().toLowerCase(Locale.ROOT), time.getValue(), "milliseconds"));
		}
		return rows;
	}

	private static Row row(String key, double value, String meaning) {
		return new Row(key, JsonWriter.number(value), meaning);
	}

	private static String join(double[] values) {
		return join(values.length, i -> JsonWriter.number(values[i]));
	}

	private static String join(long[] values) {
		return join(values.length, i -> JsonWriter.number(values[i]));
	}

	private static String join(int n, IntFunction<String> item) {
		List<String> items = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			items.add(item.apply(i));
		}
		return String.join(", ", items);
	}
}
