package org.cheapnet.dsl.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.cheapnet.dsl.compiler.network.GateProgram;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * {@code hamc report FILE --html DIR}: one self-contained page per file (inline SVG and CSS, no
 * script, nothing fetched), a section per hamiltonian and classifier with the numbers of the
 * JSON report, the network, its error against lambda and beta, deep against flat, and a
 * classifier's probabilities on a few inputs. The page is well-formed XML.
 */
public final class HtmlReport {

	private static final String STYLE = """
			body { font-family: sans-serif; margin: 24px auto; max-width: 1280px; color: #222; line-height: 1.4; }
			h1 { font-size: 22px; } h2 { font-size: 19px; border-bottom: 2px solid #4e79a7; padding-bottom: 4px; margin-top: 40px; }
			h3 { font-size: 15px; margin: 22px 0 6px; }
			section { margin-bottom: 30px; }
			.columns { display: flex; gap: 28px; align-items: flex-start; flex-wrap: wrap; }
			table { border-collapse: collapse; font-size: 12px; }
			td, th { border: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top; }
			th { background: #f2f2f2; }
			td.num { text-align: right; font-family: monospace; }
			td.meaning { color: #666; }
			p.note { color: #555; font-size: 13px; max-width: 900px; margin: 4px 0; }
			.figure { flex: 0 0 600px; max-width: 600px; }
			.samples { display: flex; gap: 18px; flex-wrap: wrap; }
			.sample { border: 1px solid #ddd; padding: 6px; }
			.sample div { font-family: monospace; font-size: 13px; }
			.scroll { overflow-x: auto; max-width: 100%; }
			""";

	private HtmlReport() {
	}

	/** Writes DIR/NAME.html for FILE (NAME: the file's name without .ham) and returns its path. */
	public static Path write(Path file, List<ReportSubject> subjects, Path dir) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.ham$", "");
		Files.createDirectories(dir);
		Path page = dir.resolve(name + ".html");
		// a plain new file (not createTempFile, which makes it private to the user), then one move
		Path temporary = dir.resolve("." + name + ".html.tmp");
		try {
			Files.writeString(temporary, page(file, subjects), StandardCharsets.UTF_8);
			Files.move(temporary, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return page;
	}

	/** The page of one file. */
	public static String page(Path file, List<ReportSubject> subjects) {
		Html html = new Html();
		html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
				.element("title", "CheapNet report: " + file.getFileName())
				.raw("<style>\n" + STYLE + "</style>\n</head>\n<body>\n")
				.element("h1", "CheapNet report: " + file.getFileName());
		html.paragraph("note", "Written by hamc report --html. Every network below was planned, built and verified "
				+ "against the exact polynomial; the sweeps rebuild it at other lambda or beta and measure it again.");
		if (subjects.isEmpty()) {
			html.paragraph("note", "No hamiltonian or classifier compiled.");
		}
		for (ReportSubject subject : subjects) {
			section(html, subject);
		}
		return html.raw("</body>\n</html>\n").toString();
	}

	private static void section(Html html, ReportSubject s) {
		String kind = s.isClassifier() ? "classifier" : "hamiltonian";
		html.raw("<section id=\"" + Svg.escape(s.name()) + "\">\n").element("h2", kind + " " + s.name());
		counts(html, s);
		network(html, s);
		html.raw("<div class=\"columns\">\n");
		sweep(html, s, ParameterSweep.of(s, ParameterSweep.Knob.LAMBDA));
		sweep(html, s, ParameterSweep.of(s, ParameterSweep.Knob.BETA));
		depth(html, s);
		html.raw("</div>\n");
		if (s.isClassifier()) {
			probabilities(html, s);
		}
		html.raw("</section>\n");
	}

	/** The rows of the JSON report, in two tables side by side. */
	private static void counts(Html html, ReportSubject s) {
		html.element("h3", "Counts (the JSON report)");
		List<CountsTable.Row> rows = CountsTable.of(s.entry());
		int half = (rows.size() + 1) / 2;
		html.raw("<div class=\"columns\">\n");
		table(html, rows.subList(0, half));
		table(html, rows.subList(half, rows.size()));
		html.raw("</div>\n");
	}

	private static void table(Html html, List<CountsTable.Row> rows) {
		html.raw("<table class=\"counts\">\n<tr><th>key</th><th>value</th><th>meaning</th></tr>\n");
		for (CountsTable.Row row : rows) {
			html.raw("<tr><td>" + Svg.escape(row.key()) + "</td><td class=\"num\">" + Svg.escape(row.value())
					+ "</td><td class=\"meaning\">" + Svg.escape(row.meaning()) + "</td></tr>\n");
		}
		html.raw("</table>\n");
	}

	private static void network(Html html, ReportSubject s) {
		GateProgram program = s.gates();
		html.element("h3", s.cells() > 1 ? "Network of one unit cell (\u00d7 " + s.cells() + " cells)" : "Network");
		html.raw("<div class=\"scroll\">\n" + NetworkDiagram.of(s) + "</div>\n");
		String cell = s.cells() > 1 ? "One unit cell of the translation-symmetric hamiltonian; the whole network is "
				+ "this cell on each of the " + s.cells() + " cells, with shared weights. " : "";
		String drawn = NetworkDiagram.drawsGates(program)
				? "Each box is a gate (its neurons in one hidden layer), coloured by kind; an edge means the gate "
						+ "reads a linear form of that value, and linear forms are free (folded into the weights)."
				: "Too large to draw gate by gate (" + program.inputCount() + " inputs, " + program.gates().size()
						+ " gates; at most " + NetworkDiagram.MAX_INPUTS + " and " + NetworkDiagram.MAX_GATES
						+ " are drawn): neurons per hidden layer.";
		html.paragraph("note", cell + drawn + (s.network().flat() ? " This is the flat (@depth(1)) construction." : ""));
		html.raw("<table>\n<tr><th>gate kind</th><th>gates</th><th>neurons</th></tr>\n");
		for (String[] row : NetworkDiagram.kindRows(s.network().counts())) {
			html.raw("<tr><td>" + Svg.escape(row[0]) + "</td><td class=\"num\">" + row[1] + "</td><td class=\"num\">"
					+ row[2] + "</td></tr>\n");
		}
		html.raw("</table>\n");
	}

	private static void sweep(Html html, ReportSubject s, ParameterSweep sweep) {
		if (sweep == null || sweep.points().isEmpty()) {
			return;
		}
		boolean lambda = sweep.knob() == ParameterSweep.Knob.LAMBDA;
		String symbol = lambda ? "lambda" : "beta";
		List<ParameterSweep.Point> points = sweep.points();
		double[] x = points.stream().mapToDouble(ParameterSweep.Point::value).toArray();
		double[] measured = points.stream().mapToDouble(ParameterSweep.Point::measured).toArray();
		double[] predicted = points.stream().mapToDouble(ParameterSweep.Point::predicted).toArray();
		LogChart chart = new LogChart(symbol + (lambda ? " (log scale)" : ""), "max relative error", lambda)
				.points("measured (rebuilt network, " + s.entry().verifiedPoints() + " points)", x, measured, "#4e79a7")
				.dashed("predicted bound (gate error model)", x, predicted, "#f28e2b")
				.verticalMark(sweep.chosen(), "chosen " + symbol + " = " + sci(sweep.chosen()), "#e15759")
				.horizontalMark(s.options().tolerance(), "tolerance " + sci(s.options().tolerance()), "#777777");
		html.raw("<div class=\"figure\">\n").element("h3", "Error against " + symbol + (s.cells() > 1 ? " (one unit cell)" : ""));
		html.raw(chart.svg());
		String law = lambda ? "Smooth gates err by truncation ~ lambda^2 (right) and by rounding ~ 1/lambda^p (left, "
				+ "p = 2 for products and squares, n for a flat product of n)."
				: "Threshold gates err like e^(-beta/2) until rounding takes over.";
		String slopes = lambda ? " Measured log-log slopes: " + slope(x, measured, 0, 2) + " at the left end, "
				+ slope(x, measured, x.length - 3, x.length - 1) + " at the right end." : "";
		html.paragraph("note", "The network rebuilt at " + points.size() + " values of " + symbol
				+ (lambda ? " (the chosen beta held)" : " (the chosen lambda held)") + " and measured on the verifier's "
				+ "sample points. " + law + slopes);
		html.raw("</div>\n");
	}

	private static String slope(double[] x, double[] y, int a, int b) {
		if (!(y[a] > 0) || !(y[b] > 0)) {
			return "n/a";
		}
		double s = (Math.log(y[b]) - Math.log(y[a])) / (Math.log(x[b]) - Math.log(x[a]));
		return String.format(Locale.ROOT, "%.2f", s);
	}

	private static void depth(Html html, ReportSubject s) {
		List<DepthSweep.Bar> bars = DepthSweep.of(s);
		BarChart chart = BarChart.logScale("hidden neurons");
		for (DepthSweep.Bar bar : bars) {
			String note = bar.formula() ? "formula" : bar.flat() ? "flat" : "deep";
			String colour = bar.formula() ? "#f4b6b7" : bar.flat() ? "#e15759" : "#4e79a7";
			chart.bar("@depth(" + bar.maxDepth() + ")", bar.neurons(), Long.toString(bar.neurons()), note, colour);
		}
		html.raw("<div class=\"figure\">\n").element("h3", "Deep against flat" + (s.cells() > 1 ? " (one unit cell)" : ""));
		html.raw(chart.svg());
		html.paragraph("note", "Neurons of the network the compiler builds under each depth limit, up to the depth of "
				+ "the planned network (" + bars.get(bars.size() - 1).maxDepth() + " hidden layers). Below that depth "
				+ "the compiler falls back to the one-hidden-layer construction (2^n neurons for a product of n reals); "
				+ "\"formula\" marks a size counted by its closed form because the flat gate cannot be built.");
		html.raw("</div>\n");
	}

	private static void probabilities(Html html, ReportSubject s) {
		List<ClassifierSamples.Sample> samples = ClassifierSamples.of(s.classifier(), s.modelSpace());
		List<String> classes = s.classifier().classes();
		String[] colours = { "#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2" };
		html.element("h3", "Class probabilities on " + samples.size() + " sample inputs");
		html.raw("<div class=\"samples\">\n");
		for (ClassifierSamples.Sample sample : samples) {
			BarChart chart = BarChart.linear("probability", 1, 180);
			for (int y = 0; y < classes.size(); y++) {
				chart.bar(classes.get(y), sample.network()[y], String.format(Locale.ROOT, "%.3f", sample.network()[y]),
						"", colours[y % colours.length]);
			}
			html.raw("<div class=\"sample\">\n").element("div", "seed " + sample.seed() + ": " + input(sample.input(), s.modelSpace()))
					.raw(chart.svg()).raw("</div>\n");
		}
		html.raw("</div>\n<table>\n<tr><th>seed</th><th>input</th>");
		for (String c : classes) {
			html.raw("<th>p(" + Svg.escape(c) + ") network</th><th>p(" + Svg.escape(c) + ") exact</th>");
		}
		html.raw("</tr>\n");
		for (ClassifierSamples.Sample sample : samples) {
			html.raw("<tr><td class=\"num\">" + sample.seed() + "</td><td>" + Svg.escape(input(sample.input(), s.modelSpace()))
					+ "</td>");
			for (int y = 0; y < classes.size(); y++) {
				html.raw("<td class=\"num\">" + probability(sample.network()[y]) + "</td><td class=\"num\">"
						+ probability(sample.exact()[y]) + "</td>");
			}
			html.raw("</tr>\n");
		}
		html.raw("</table>\n");
		html.paragraph("note", "Network: softmax of -H_y(x) - mu_y - ln Z_y with H_y computed by the network; exact: the "
				+ "same with H_y from the polynomial. Inputs drawn with the seeds shown (bits, spins uniform; reals uniform in range).");
	}

	/** An input vector in brief: spins as + and -, bits as 0 and 1, reals with two decimals. */
	static String input(double[] x, VariableSpace space) {
		StringBuilder s = new StringBuilder();
		int shown = Math.min(x.length, 32);
		for (int i = 0; i < shown; i++) {
			VariableKind kind = space.kind(i);
			if (kind == VariableKind.SPIN) {
				s.append(x[i] > 0 ? '+' : '-');
			} else if (kind == VariableKind.BIT) {
				s.append(x[i] > 0 ? '1' : '0');
			} else {
				s.append(s.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", x[i]));
			}
		}
		return s.append(x.length > shown ? " \u2026" : "").toString();
	}

	private static String probability(double p) {
		return String.format(Locale.ROOT, "%.6f", p);
	}

	private static String sci(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}

	/** Builds the page's text, escaping element content. */
	private static final class Html {
		private final StringBuilder text = new StringBuilder();

		Html raw(String s) {
			text.append(s);
			return this;
		}

		Html element(String name, String content) {
			text.append('<').append(name).append('>').append(Svg.escape(content)).append("</").append(name).append(">\n");
			return this;
		}

		Html paragraph(String cssClass, String content) {
			text.append("<p class=\"").append(cssClass).append("\">").append(Svg.escape(content)).append("</p>\n");
			return this;
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
