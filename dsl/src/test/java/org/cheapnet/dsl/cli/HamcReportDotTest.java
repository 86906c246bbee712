package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cheapnet.dsl.report.DotWriter;
import org.cheapnet.dsl.report.ReportSubject;
import org.cheapnet.runtime.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hamc report FILE --dot}: one digraph per declaration, one node per input, network node
 * and output, one edge per non-zero weight and per output (counted against the network IR), and
 * Graphviz's {@code dot} accepts it.
 */
class HamcReportDotTest {

	private static final Pattern NODE = Pattern.compile("^  (x\\d+|n\\d+|out\\d+) \\[", Pattern.MULTILINE);
	private static final Pattern EDGE = Pattern.compile("^  \\S+ -> \\S+;$", Pattern.MULTILINE);

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "ising2d", "product", "classifier", "cubic_bits", "gaussian" })
	void nodesAndEdgesAreThoseOfTheNetwork(String model) {
		Path file = ReportSubjects.EXAMPLES.resolve(model + ".ham");
		List<ReportSubject> subjects = ReportSubjects.of(file);
		for (ReportSubject s : subjects) {
			Network n = s.fullNetwork();
			String dot = DotWriter.of(s);
			assertEquals(n.inputCount() + n.nodeCount() + n.outputCount(), count(NODE, dot), s.name() + " nodes");
			assertEquals(n.nonZeroWeights() + n.outputCount(), count(EDGE, dot), s.name() + " edges");
		}
		HamcRun run = HamcRun.of("report", file.toString(), "--dot");
		assertEquals(0, run.status(), run.err());
		assertEquals(subjects.size(), count(Pattern.compile("^digraph ", Pattern.MULTILINE), run.out()));
	}

	@Test
	void hamiltonianOptionKeepsOneDigraph() {
		Path file = ReportSubjects.EXAMPLES.resolve("product.ham");
		HamcRun one = HamcRun.of("report", file.toString(), "--dot", "--hamiltonian", "Product.Flat");
		assertEquals(0, one.status(), one.err());
		assertEquals(List.of("digraph \"Product.Flat\" {"), one.outLines().stream().filter(l -> l.startsWith("digraph")).toList());
		// the flat gate of 8 factors: 256 neurons in one cluster
		assertEquals(256, count(Pattern.compile("^  n\\d+ \\[shape=circle", Pattern.MULTILINE), one.out()));
		HamcRun withPackage = HamcRun.of("report", file.toString(), "--dot", "--hamiltonian", "cheapnet.examples.Product.H");
		assertEquals(1, count(Pattern.compile("^digraph ", Pattern.MULTILINE), withPackage.out()));
		HamcRun none = HamcRun.of("report", file.toString(), "--dot", "--hamiltonian", "Product.Nope");
		assertEquals(1, none.status());
		assertEquals("", none.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "product", "classifier", "cubic_bits" })
	void graphvizAcceptsIt(String model) throws Exception {
		String dotProgram = which("dot");
		assumeTrue(dotProgram != null, "Graphviz `dot` is not installed (Debian package graphviz): cannot run it");
		HamcRun run = HamcRun.of("report", ReportSubjects.EXAMPLES.resolve(model + ".ham").toString(), "--dot");
		assertEquals(0, run.status(), run.err());
		Path input = Files.writeString(dir.resolve(model + ".dot"), run.out(), StandardCharsets.UTF_8);
		Path messages = dir.resolve(model + ".log");
		Process process = new ProcessBuilder(dotProgram, "-Tsvg", input.toString())
				.redirectError(messages.toFile()).start();
		String svg = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), Files.readString(messages));
		assertEquals("", Files.readString(messages).strip(), "dot warned");
		// one SVG document per digraph
		assertEquals(count(Pattern.compile("^digraph ", Pattern.MULTILINE), run.out()),
				count(Pattern.compile("<svg ", Pattern.MULTILINE), svg));
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static String which(String program) throws IOException {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}
}
