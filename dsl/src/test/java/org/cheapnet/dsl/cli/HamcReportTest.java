package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.FlatProductGate;
import org.cheapnet.runtime.gate.ProductGate;
import org.cheapnet.runtime.gate.SpinProductGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamc report}: the JSON is read by an independent parser, and its numbers are compared
 * with counts worked out here (bonds of a torus, n - 1 products, ceil(log2 n) layers, the
 * runtime gates' own neuron counts, the transfer-matrix partition function).
 */
class HamcReportTest {

	private static final String ISING = """
			model Ising {
			    lattice g = square(4, 4) periodic
			    spin s on g
			    param J = 1.0
			    param h = 0.1
			    @local(1) hamiltonian Bonds = -J * sum(<a, b> in g) s[a] * s[b]
			    @local(1) hamiltonian Field = -J * sum(<a, b> in g) s[a] * s[b] - h * sum(a in g) s[a]
			}
			""";

	private static final String PRODUCT = """
			model Prod {
			    real x[8] in [-1, 1]
			    hamiltonian H = prod(i in 0..7) x[i]
			    @depth(1) @tolerance(0.05)
			    hamiltonian Flat = prod(i in 0..7) x[i]
			}
			""";

	private static final String RING = """
			package cheapnet.test
			model Ring {
			    lattice ring = chain(8) periodic
			    spin s on ring
			    param Ka = 0.3
			    param Kb = 0.8
			    hamiltonian Ha = -Ka * sum(<a, b> in ring) s[a] * s[b]
			    hamiltonian Hb = -Kb * sum(<a, b> in ring) s[a] * s[b]
			    classifier C {
			        class a = Ha prior 0.2
			        class b = Hb prior 0.6
			        normalize exact
			    }
			}
			""";

	private static final List<String> HAMILTONIAN_KEYS = List.of("name", "package", "className", "variables", "inputs",
			"monomials", "multiplications", "squarings", "construction", "lowerBound", "provedMinimal", "neurons", "neuronsByGate", "gates", "depth", "weights", "lambda",
			"beta", "errorBound", "measuredError", "verifiedPoints", "flatNeurons", "flat", "activation", "tolerance",
			"maxDepth", "timesMs");

	private static final List<String> GATE_KEYS = List.of("product", "square", "flatProduct", "bitProduct", "spinProduct");

	@TempDir
	Path dir;

	// ---- an Ising torus: one spin-product gate per bond ----

	@Test
	void aPeriodicIsingModelHasOneSpinProductPerBond() {
		int bonds = torusBonds(4, 4);
		assertEquals(32, bonds, "2 bonds per site on a 4 x 4 torus");
		Map<String, Object> json = reportJson(ISING);
		for (String name : List.of("Ising.Bonds", "Ising.Field")) {
			Map<String, Object> h = entry(json, "hamiltonians", name);
			int fieldTerms = name.endsWith("Field") ? 16 : 0;
			assertEquals(bonds + fieldTerms, number(h, "monomials"), name);
			assertEquals(bonds, number(h, "multiplications"), name);
			assertEquals(0, number(h, "squarings"), name);
			assertEquals(16, number(h, "variables"), name);
			assertEquals(16, number(h, "inputs"), name);
			double beta = number(h, "beta");
			assertTrue(beta > 0, "threshold gates need a beta");
			assertEquals(0, number(h, "lambda"), "no smooth gates");
			// k = 2 neurons per product of two spins, as the runtime gate builds it
			int perBond = new SpinProductGate(Activation.SIGMOID, 2, beta).neuronCount();
			assertEquals(2, perBond);
			assertEquals(bonds * perBond, number(h, "neurons"), name);
			assertEquals(bonds * perBond, number(gates(h, "neuronsByGate"), "spinProduct"), name);
			assertEquals(bonds, number(gates(h, "gates"), "spinProduct"), name);
			assertEquals(1, number(h, "depth"), name);
			assertEquals(bonds * perBond, number(h, "flatNeurons"), "the flat network is the same threshold gates");
			assertEquals("sigmoid", h.get("activation"));
			assertEquals(1e-6, number(h, "tolerance"));
			assertNull(h.get("maxDepth"));
			double measured = number(h, "measuredError");
			assertTrue(measured <= 1e-6, name + ": measured " + measured);
			assertTrue(measured <= Math.max(number(h, "errorBound"), 1e-6), name + ": measured " + measured);
			// each bond's gate errs by at most its worst error, times |J|; S = sum of |coefficients|
			double scale = bonds * 1.0 + fieldTerms * 0.1;
			double worstGate = new SpinProductGate(Activation.SIGMOID, 2, beta).worstError();
			assertTrue(measured <= bonds * 1.0 * worstGate / scale + 1e-12, name + ": measured " + measured);
		}
	}

	@Test
	void theJsonKeysComeInTheDocumentedOrderAndTimesAreTheDriversPasses() {
		Map<String, Object> json = reportJson(ISING);
		assertEquals(List.of("hamiltonians", "classifiers"), List.copyOf(json.keySet()));
		assertEquals(List.of(), json.get("classifiers"));
		for (Object o : JsonReader.array(json.get("hamiltonians"))) {
			Map<String, Object> h = JsonReader.object(o);
			assertEquals(HAMILTONIAN_KEYS, List.copyOf(h.keySet()));
			assertEquals(GATE_KEYS, List.copyOf(gates(h, "neuronsByGate").keySet()));
			assertEquals(GATE_KEYS, List.copyOf(gates(h, "gates").keySet()));
			Map<String, Object> times = JsonReader.object(h.get("timesMs"));
			assertEquals(List.of("lower", "plan", "build", "verify"), List.copyOf(times.keySet()));
			times.values().forEach(t -> assertTrue((Double) t >= 0, "a time is " + t));
			assertNull(h.get("package"), "no package in the file");
			assertEquals("Ising" + ((String) h.get("name")).substring("Ising.".length()), h.get("className"));
		}
	}

	@Test
	void theReportIsTheSameTwiceApartFromTheTimes() {
		Path file = HamcRun.write(dir, "ising.ham", ISING);
		Object first = withoutTimes(JsonReader.parse(HamcRun.of("report", file.toString(), "--json").out()));
		Object second = withoutTimes(JsonReader.parse(HamcRun.of("report", "--json", file.toString()).out()));
		assertEquals(first, second);
	}

	// ---- a product of 8 reals: a balanced tree of product gates, or one flat layer ----

	@Test
	void aProductOfEightRealsTakesSevenProductGatesInThreeLayers() {
		int n = 8;
		Map<String, Object> h = entry(reportJson(PRODUCT), "hamiltonians", "Prod.H");
		assertEquals(1, number(h, "monomials"));
		assertEquals(n, number(h, "variables"));
		assertEquals(n - 1, number(h, "multiplications"), "a product of n factors needs n - 1 multiplications");
		assertEquals(0, number(h, "squarings"));
		double lambda = number(h, "lambda");
		int perProduct = new ProductGate(Activation.SIGMOID, lambda).neuronCount();
		assertEquals(4, perProduct);
		assertEquals((n - 1) * perProduct, number(h, "neurons"));
		assertEquals((n - 1) * perProduct, number(gates(h, "neuronsByGate"), "product"));
		assertEquals(ceilLog2(n), number(h, "depth"), "a balanced tree of pairwise products");
		assertEquals(3, ceilLog2(n));
		assertEquals(1 << n, number(h, "flatNeurons"));
		assertEquals(new FlatProductGate(Activation.SIGMOID, n, 0.01).neuronCount(), number(h, "flatNeurons"));
		assertEquals(false, h.get("flat"));
		assertTrue(number(h, "measuredError") <= 1e-6);
		assertTrue(number(h, "beta") == 0, "no threshold gates");
	}

	@Test
	void depthOneBuildsTheFlatNetworkWhoseSizeTheReportShows() {
		Map<String, Object> h = entry(reportJson(PRODUCT), "hamiltonians", "Prod.Flat");
		assertEquals(true, h.get("flat"));
		assertEquals(1, number(h, "depth"));
		assertEquals(1, number(h, "maxDepth"));
		assertEquals(1 << 8, number(h, "neurons"));
		assertEquals(1 << 8, number(gates(h, "neuronsByGate"), "flatProduct"));
		assertEquals(1, number(gates(h, "gates"), "flatProduct"));
		assertEquals(number(h, "neurons"), number(h, "flatNeurons"));
		assertEquals(0.05, number(h, "tolerance"));
		assertTrue(number(h, "measuredError") <= 0.05);
	}

	@Test
	void theTextTableShowsTheSameCounts() {
		Path file = HamcRun.write(dir, "prod.ham", PRODUCT);
		HamcRun run = HamcRun.of("report", file.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals("", run.err());
		assertEquals(file.toString(), run.outLines().get(0));
		Map<String, Map<String, String>> blocks = textBlocks(run.out());
		assertEquals(List.of("hamiltonian Prod.H", "hamiltonian Prod.Flat"), List.copyOf(blocks.keySet()));
		Map<String, String> deep = blocks.get("hamiltonian Prod.H");
		assertEquals("1", deep.get("monomials"));
		assertEquals("8 (of 8 inputs)", deep.get("variables"));
		assertEquals("7 (squarings S 0)", deep.get("multiplications M"));
		assertEquals("28 (product 28)", deep.get("neurons"));
		assertEquals("3", deep.get("hidden layers"));
		assertEquals("256 neurons", deep.get("flat network"));
		assertEquals("sigmoid", deep.get("activation"));
		assertEquals("0.000001", deep.get("tolerance"));
		assertEquals(List.of("lower", "plan", "build", "verify"),
				Arrays.stream(deep.get("time (ms)").split(", ")).map(t -> t.split(" ")[0]).toList());
		Map<String, String> flat = blocks.get("hamiltonian Prod.Flat");
		assertEquals("256 (flat product 256)", flat.get("neurons"));
		assertEquals("1 (@depth(1))", flat.get("hidden layers"));
		assertEquals("256 neurons (this network)", flat.get("flat network"));
	}

	// ---- a classifier: renormalized priors and the exact ln Z of an Ising ring ----

	@Test
	void aClassifierShowsRenormalizedPriorsAndTheRingsPartitionFunction() {
		Path file = HamcRun.write(dir, "ring.ham", RING);
		HamcRun run = HamcRun.of("report", "--json", file.toString());
		assertEquals(0, run.status(), run.err());
		assertTrue(run.err().contains("[org.cheapnet.ham.PriorsNotNormalized]"), "the priors' warning: " + run.err());
		Map<String, Object> json = JsonReader.object(JsonReader.parse(run.out()));
		Map<String, Object> c = entry(json, "classifiers", "Ring.C");
		assertEquals(List.of("name", "package", "className", "classes", "priors", "logPartition", "classMonomials"),
				List.copyOf(c.keySet()).subList(0, 7));
		assertEquals(HAMILTONIAN_KEYS.subList(3, HAMILTONIAN_KEYS.size()), List.copyOf(c.keySet()).subList(7, c.size()));
		assertEquals("cheapnet.test", c.get("package"));
		assertEquals("RingC", c.get("className"));
		assertEquals(List.of("a", "b"), c.get("classes"));
		List<Object> priors = JsonReader.array(c.get("priors"));
		assertEquals(0.2 / 0.8, (Double) priors.get(0), 1e-15);
		assertEquals(0.6 / 0.8, (Double) priors.get(1), 1e-15);
		List<Object> logZ = JsonReader.array(c.get("logPartition"));
		double[] couplings = { 0.3, 0.8 };
		for (int y = 0; y < 2; y++) {
			// transfer matrix of the periodic ring: Z = (2 cosh K)^N + (2 sinh K)^N
			double k = couplings[y];
			double exact = Math.log(Math.pow(2 * Math.cosh(k), 8) + Math.pow(2 * Math.sinh(k), 8));
			assertEquals(exact, (Double) logZ.get(y), 1e-12 * exact);
		}
		int bonds = 8;
		assertEquals(List.of((double) bonds, (double) bonds), c.get("classMonomials"));
		assertEquals(2 * bonds, number(c, "monomials"));
		assertEquals(bonds, number(c, "multiplications"), "both classes read the same bond products: computed once");
		assertEquals(bonds * 2, number(c, "neurons"));
		assertEquals(bonds * 2, number(c, "flatNeurons"), "a monomial shared by the classes is one flat gate");
		assertTrue(number(c, "measuredError") <= 1e-6);
	}

	// ---- errors ----

	@Test
	void aFileWithErrorsPrintsItsDiagnosticsOnStderrAndNothingOnStdout() {
		Path file = HamcRun.write(dir, "bad.ham", "model M {\n    real x\n    hamiltonian H = x * y\n}\n");
		for (List<String> args : List.of(List.of("report", file.toString()), List.of("report", file.toString(), "--json"))) {
			HamcRun run = HamcRun.of(args.toArray(String[]::new));
			assertEquals(1, run.status(), run.err());
			assertEquals("", run.out());
			assertFalse(run.errLines().isEmpty());
			for (String line : run.errLines()) {
				assertTrue(line.matches("\\Q" + file + "\\E:\\d+:\\d+: (error|warning): .+ \\[org\\.cheapnet\\.ham\\.\\w+\\]"), line);
			}
			assertTrue(run.errLines().stream().anyMatch(l -> l.startsWith(file + ":3:25: error: ")), run.err());
		}
	}

	@Test
	void aDeclarationTheDriverCannotCompileIsAnErrorAtItsNameAndTheOthersAreStillReported() {
		String text = """
				model P {
				    real x[8] in [-1, 1]
				    hamiltonian Ok = x[0] * x[1]
				    @depth(2)
				    hamiltonian Deep = prod(i in 0..7) x[i]
				}
				""";
		Path file = HamcRun.write(dir, "deep.ham", text);
		int offset = text.indexOf("Deep");
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		int column = offset - text.lastIndexOf('\n', offset - 1);
		HamcRun run = HamcRun.of("report", file.toString(), "--json");
		assertEquals(1, run.status());
		assertEquals(1, run.errLines().size(), run.err());
		String diagnostic = run.errLines().get(0);
		assertTrue(diagnostic.startsWith(file + ":" + line + ":" + column + ": error: "), diagnostic);
		// @depth(2) gets the flat network of 256 neurons, which cannot meet 1e-6 in double precision
		assertTrue(diagnostic.endsWith(" [org.cheapnet.ham.VerificationFailed]"), diagnostic);
		List<Object> hamiltonians = JsonReader.array(JsonReader.object(JsonReader.parse(run.out())).get("hamiltonians"));
		assertEquals(List.of("P.Ok"), hamiltonians.stream().map(h -> JsonReader.object(h).get("name")).toList());
		assertEquals(1, number(JsonReader.object(hamiltonians.get(0)), "multiplications"));
	}

	@Test
	void anEmptyFileReportsNothing() {
		Path file = HamcRun.write(dir, "empty.ham", "");
		HamcRun run = HamcRun.of("report", "--json", file.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals(Map.of("hamiltonians", List.of(), "classifiers", List.of()), JsonReader.parse(run.out()));
	}

	@Test
	void wrongUsageExitsTwoAndTheHelpNamesTheCommand() {
		Path file = HamcRun.write(dir, "m.ham", "model M { real x hamiltonian H = x }\n");
		for (List<String> args : List.of(List.of("report"), List.of("report", "--json"), List.of("report", file.toString(), file.toString()),
				List.of("report", file.toString(), "--frobnicate"))) {
			HamcRun run = HamcRun.of(args.toArray(String[]::new));
			assertEquals(2, run.status(), args.toString());
			assertEquals("", run.out());
		}
		assertTrue(HamcRun.of("--help").out().contains("report FILE [--json]"));
	}

	// ---- helpers ----

	private Map<String, Object> reportJson(String text) {
		Path file = HamcRun.write(dir, "model.ham", text);
		HamcRun run = HamcRun.of("report", file.toString(), "--json");
		assertEquals(0, run.status(), run.err());
		assertEquals("", run.err());
		return JsonReader.object(JsonReader.parse(run.out()));
	}

	private static Map<String, Object> entry(Map<String, Object> json, String list, String name) {
		return JsonReader.array(json.get(list)).stream().map(JsonReader::object).filter(e -> name.equals(e.get("name")))
				.findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + json));
	}

	private static Map<String, Object> gates(Map<String, Object> entry, String key) {
		return JsonReader.object(entry.get(key));
	}

	private static double number(Map<String, Object> object, String key) {
		Object value = object.get(key);
		assertTrue(value instanceof Double, () -> key + " is not a number: " + value);
		return (Double) value;
	}

	/** Unordered nearest-neighbour pairs of a w x h torus (w, h >= 3), by enumeration. */
	private static int torusBonds(int w, int h) {
		Set<Set<Integer>> bonds = new HashSet<>();
		for (int x = 0; x < w; x++) {
			for (int y = 0; y < h; y++) {
				bonds.add(Set.of(x * h + y, (x + 1) % w * h + y));
				bonds.add(Set.of(x * h + y, x * h + (y + 1) % h));
			}
		}
		return bonds.size();
	}

	private static int ceilLog2(int n) {
		int k = 0;
		while ((1 << k) < n) {
			k++;
		}
		return k;
	}

	private static Object withoutTimes(Object json) {
		Map<String, Object> copy = new LinkedHashMap<>(JsonReader.object(json));
		for (String list : List.of("hamiltonians", "classifiers")) {
			List<Object> entries = new ArrayList<>();
			for (Object e : JsonReader.array(copy.get(list))) {
				Map<String, Object> entry = new LinkedHashMap<>(JsonReader.object(e));
				assertTrue(entry.remove("timesMs") != null);
				entries.add(entry);
			}
			copy.put(list, entries);
		}
		return copy;
	}

	/** Blocks of the text report: header line (up to the two spaces before the parenthesis) to its rows, label to value. */
	private static Map<String, Map<String, String>> textBlocks(String out) {
		Map<String, Map<String, String>> blocks = new LinkedHashMap<>();
		Map<String, String> current = null;
		for (String line : out.lines().toList()) {
			if (line.startsWith("hamiltonian ") || line.startsWith("classifier ")) {
				current = new LinkedHashMap<>();
				blocks.put(line.substring(0, line.indexOf("  (")), current);
			} else if (current != null && line.startsWith("  ")) {
				String[] cells = line.strip().split(" {2,}", 2);
				current.put(cells[0], cells[1]);
			}
		}
		return blocks;
	}
}
