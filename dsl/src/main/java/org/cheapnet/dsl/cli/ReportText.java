package org.cheapnet.dsl.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cheapnet.dsl.compiler.driver.Phase;
import org.cheapnet.dsl.compiler.network.GateKind;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;

/** {@code hamc report}: the file name, then one two-column table per hamiltonian and classifier. */
final class ReportText {
	private static final String ROW = "  %-19s %s%n";

	private ReportText() {
	}

	static String of(Path file, List<ReportEntry> entries) {
		StringBuilder text = new StringBuilder(file.toString()).append('\n');
		if (entries.isEmpty()) {
			text.append("  no hamiltonian or classifier compiled\n");
		}
		for (ReportEntry e : entries) {
			text.append('\n').append(block(e));
		}
		return text.toString();
	}

	private static String block(ReportEntry e) {
		StringBuilder b = new StringBuilder();
		String kind = e.kind().name().toLowerCase(Locale.ROOT);
		String where = (e.javaPackage() == null ? "" : "package " + e.javaPackage() + ", ") + "class " + e.className();
		b.append(kind).append(' ').append(e.name()).append("  (").append(where).append(")\n");
		if (e.classes() != null) {
			ReportEntry.Classes c = e.classes();
			for (int y = 0; y < c.names().size(); y++) {
				row(b, "class " + c.names().get(y), "prior " + significant(c.priors()[y]) + ", ln Z "
						+ significant(c.logPartition()[y]) + ", " + c.monomials()[y] + " monomials");
			}
		}
		row(b, "variables", e.variables() + " (of " + e.inputs() + " inputs)");
		row(b, "monomials", Integer.toString(e.monomials()));
		row(b, "multiplications M", e.multiplications() + " (squarings S " + e.squarings() + ")");
		row(b, "construction", e.construction());
		row(b, "lower bound", e.lowerBound() + (e.provedMinimal() ? " (M proved minimal)" : ""));
		row(b, "neurons", e.counts().neurons() + byGate(e));
		row(b, "hidden layers", e.counts().depth() + (e.maxDepth() == null ? "" : " (@depth(" + e.maxDepth() + "))"));
		row(b, "non-zero weights", Integer.toString(e.counts().nonZeroWeights()));
		row(b, "lambda", significant(e.lambda()));
		row(b, "beta", significant(e.beta()));
		row(b, "error bound", scientific(e.errorBound()));
		row(b, "measured error", scientific(e.measuredError()) + " (" + e.verifiedPoints() + " points)");
		row(b, "flat network", e.flatNeurons() + " neurons" + (e.flat() ? " (this network)" : ""));
		row(b, "activation", e.activation());
		row(b, "tolerance", PolynomialFormat.decimal(e.tolerance()));
		row(b, "time (ms)", times(e.timesMs()));
		return b.toString();
	}

	private static void row(StringBuilder b, String label, String value) {
		b.append(String.format(Locale.ROOT, ROW, label, value));
	}

	/** " (product 24, square 4)": the gate kinds used. */
	private static String byGate(ReportEntry e) {
		List<String> parts = new ArrayList<>();
		for (GateKind kind : GateKind.values()) {
			if (e.counts().neurons(kind) > 0) {
				parts.add(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + e.counts().neurons(kind));
			}
		}
		return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
	}

	/** Six significant digits, without trailing zeros: 30.306, 0.00173021, 0.25. */
	private static String significant(double v) {
		if (!Double.isFinite(v)) {
			return Double.toString(v);
		}
		return new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
	}

	private static String scientific(double v) {
		return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3e", v) : Double.toString(v);
	}

	private static String times(Map<Phase, Double> millis) {
		List<String> parts = new ArrayList<>();
		millis.forEach((phase, ms) -> parts.add(phase.name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, " %.1f", ms)));
		return String.join(", ", parts);
	}
}
