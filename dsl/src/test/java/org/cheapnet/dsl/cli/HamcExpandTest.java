package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.cheapnet.dsl.cli.ExpandedPolynomial.Assignment;
import org.cheapnet.dsl.cli.ExpandedPolynomial.Factor;
import org.cheapnet.dsl.cli.ExpandedPolynomial.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hamc expand}: the printed polynomial is read back by an independent parser and compared
 * with the model computed by hand in Java, at random points of its domain.
 */
class HamcExpandTest {

	private static final int POINTS = 25;

	@TempDir
	Path dir;

	private final Random random = new Random(20240917);

	// ---- (a) the printed polynomial is the model's value ----

	@Test
	void aQuadraticFormEvaluatesLikeTheModel() {
		String text = """
				model P {
				    real x[4] in [-2, 2]
				    param c = 3
				    hamiltonian H = sum(i in 0..3) x[i]^2 + 2*x[0]*x[1] - c
				}
				""";
		ExpandedPolynomial p = expandOne(text, "P.H");
		for (int k = 0; k < POINTS; k++) {
			double[] x = uniform(4, -2, 2);
			double direct = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3] + 2 * x[0] * x[1] - 3;
			assertClose(direct, p.evaluate(vector("x", x)), p);
		}
	}

	@Test
	void aPhi4ChainLeavesOutTheGradientTermPastTheOpenEnd() {
		String text = """
				model Phi4 {
				    lattice c = chain(8) open
				    real phi on c in [-2, 2]
				    param m2 = -1.5
				    param lambda = 0.25
				    hamiltonian H = sum(i in c) (phi[i+1] - phi[i])^2 + m2 / 2 * sum(i in c) phi[i]^2
				                  + lambda * sum(i in c) phi[i]^4
				}
				""";
		ExpandedPolynomial p = expandOne(text, "Phi4.H");
		for (int k = 0; k < POINTS; k++) {
			double[] phi = uniform(8, -2, 2);
			double direct = 0;
			for (int i = 0; i + 1 < 8; i++) {
				direct += (phi[i + 1] - phi[i]) * (phi[i + 1] - phi[i]); // 7 bonds: phi[8] is past the open end
			}
			for (int i = 0; i < 8; i++) {
				direct += -1.5 / 2 * phi[i] * phi[i] + 0.25 * Math.pow(phi[i], 4);
			}
			assertClose(direct, p.evaluate(vector("phi", phi)), p);
		}
	}

	@Test
	void aPeriodicIsingModelEvaluatesLikeTheModel() {
		String text = """
				model Ising {
				    lattice g = square(4, 3) periodic
				    spin s on g
				    param J = 1.0
				    param h = 0.1
				    @local(1) @symmetric(translation)
				    hamiltonian H = -J * sum(<a, b> in g) s[a] * s[b] - h * sum(a in g) s[a]
				}
				""";
		ExpandedPolynomial p = expandOne(text, "Ising.H");
		assertEquals(24 + 12, p.terms().size(), "24 bonds on a 4 x 3 torus and 12 field terms");
		for (int k = 0; k < POINTS; k++) {
			double[][] s = spins(4, 3);
			double direct = 0;
			for (int x = 0; x < 4; x++) {
				for (int y = 0; y < 3; y++) {
					direct += -(s[x][y] * s[(x + 1) % 4][y] + s[x][y] * s[x][(y + 1) % 3]) - 0.1 * s[x][y];
				}
			}
			assertClose(direct, p.evaluate(grid("s", s)), p);
		}
	}

	@Test
	void bitsSpinsAndRealsReduceWithoutChangingTheValue() {
		// bit^2 = bit and spin^2 = 1 hold on the variables' values, so the reduced polynomial agrees there
		String text = """
				model Mixed {
				    bit n[3]
				    spin t[2]
				    real x in [-3, 3]
				    hamiltonian H = (n[0] + n[1] + n[2])^2 + (t[0] + t[1] + x)^3 - 0.5 * n[0] * t[0]
				}
				""";
		ExpandedPolynomial p = expandOne(text, "Mixed.H");
		for (Term term : p.terms()) {
			for (Factor f : term.factors()) {
				assertTrue(f.name().equals("x") || f.exponent() == 1, () -> "a bit or spin power is left: " + term);
			}
		}
		for (int k = 0; k < POINTS; k++) {
			double[] n = { random.nextInt(2), random.nextInt(2), random.nextInt(2) };
			double[] t = { spin(), spin() };
			double x = uniform(1, -3, 3)[0];
			double direct = Math.pow(n[0] + n[1] + n[2], 2) + Math.pow(t[0] + t[1] + x, 3) - 0.5 * n[0] * t[0];
			Assignment values = (name, indices) -> switch (name) {
			case "n" -> n[indices[0]];
			case "t" -> t[indices[0]];
			case "x" -> x;
			default -> throw new AssertionError(name);
			};
			assertClose(direct, p.evaluate(values), p);
		}
	}

	// ---- (b) coefficients round-trip through text ----

	@Test
	void coefficientsAreDecimalsThatParseBackToTheSameDouble() {
		String text = """
				model R {
				    real x
				    param a = 0.1
				    param b = 0.2
				    param tiny = 1e-300
				    hamiltonian H = (a + b) * x + 1e-7 * x^2 - 2.5e-8 * x^3 + 1e20 * x^4 + tiny * x^5 + 1 / 3
				}
				""";
		ExpandedPolynomial p = expandOne(text, "R.H");
		Map<Integer, Double> expected = Map.of(0, 1.0 / 3, 1, 0.1 + 0.2, 2, 1e-7, 3, -2.5e-8, 4, 1e20, 5, 1e-300);
		assertEquals(expected.size(), p.terms().size());
		for (Term term : p.terms()) {
			// Double.parseDouble is the contract's reader: it must give back the exact double
			assertEquals(expected.get(term.degree()), Double.parseDouble(term.coefficientText()), term.coefficientText());
		}
		assertTrue(0.1 + 0.2 != 0.3, "the sum of the params is not the double nearest 0.3");
	}

	// ---- (c) exact text ----

	@Test
	void aTinyModelPrintsInCanonicalOrder() {
		// (y - 2x)(x + 3) + 0.5 = 0.5 + 3y - 6x + yx - 2x^2: by degree, then by declaration order (y before x)
		String text = """
				model Tiny {
				    real y
				    real x
				    hamiltonian G = (y - 2*x) * (x + 3) + 0.5
				}
				""";
		HamcRun run = expand(text, "--hamiltonian", "Tiny.G");
		assertEquals("0.5\n3 y\n-6 x\n1 y*x\n-2 x^2\n", run.out());
		assertEquals(0, run.status());
	}

	@Test
	void spinSquaresReduceToOneInThePrintedText() {
		// (s0 + s1 + s2)^2 = 3 + 2 s0 s1 + 2 s0 s2 + 2 s1 s2 for spins; x - x is the zero polynomial, printed "0"
		String text = """
				model S {
				    spin s[3]
				    real x
				    hamiltonian H = (s[0] + s[1] + s[2])^2
				    hamiltonian Z = x - x
				}
				""";
		assertEquals("3\n2 s[0]*s[1]\n2 s[0]*s[2]\n2 s[1]*s[2]\n", expand(text, "--hamiltonian", "S.H").out());
		assertEquals("0\n", expand(text, "--hamiltonian", "S.Z").out());
	}

	// ---- (d), (e) choosing hamiltonians; headers ----

	private static final String TWO_MODELS = """
			package lab.models
			model A {
			    real x
			    hamiltonian H = x^2
			    hamiltonian G = 2 * x
			}
			model B {
			    real x
			    hamiltonian H = x + 1
			}
			""";

	@Test
	void oneHamiltonianByModelDotNameOrWithThePackage() {
		HamcRun byModel = expand(TWO_MODELS, "--hamiltonian", "A.H");
		assertEquals("1 x^2\n", byModel.out());
		assertEquals(0, byModel.status());

		HamcRun withPackage = expand(TWO_MODELS, "--hamiltonian", "lab.models.B.H");
		assertEquals("1\n1 x\n", withPackage.out());
		assertEquals(0, withPackage.status());

		HamcRun equalsForm = expand(TWO_MODELS, "--hamiltonian=A.G");
		assertEquals("2 x\n", equalsForm.out());
	}

	@Test
	void anUnknownHamiltonianFails() {
		for (String name : List.of("A.Nope", "C.H", "H", "other.pkg.A.H")) {
			HamcRun run = expand(TWO_MODELS, "--hamiltonian", name);
			assertEquals(1, run.status(), name);
			assertEquals("", run.out(), name);
			assertTrue(run.err().contains("no hamiltonian " + name + " in this file [org.cheapnet.ham.UnknownName]"), run.err());
		}
	}

	@Test
	void withoutAChoiceEveryHamiltonianFollowsItsHeader() {
		HamcRun run = expand(TWO_MODELS);
		assertEquals(0, run.status());
		assertEquals("# A.H\n1 x^2\n# A.G\n2 x\n# B.H\n1\n1 x\n", run.out());
		Map<String, ExpandedPolynomial> sections = ExpandedPolynomial.sections(run.outLines());
		assertEquals(List.of("A.H", "A.G", "B.H"), List.copyOf(sections.keySet()));
	}

	@Test
	void anEmptyFileExpandsToNothing() {
		HamcRun run = expand("");
		assertEquals("", run.out());
		assertEquals(0, run.status());
		assertEquals(1, expand("", "--hamiltonian", "A.H").status());
	}

	// ---- (f) errors ----

	@Test
	void aFileWithErrorsPrintsItsDiagnosticsToStderrOnly() {
		String text = """
				model M {
				    real x
				    hamiltonian H = x^2
				    hamiltonian G = 1 / x
				}
				""";
		Path file = HamcRun.write(dir, "bad.ham", text);
		HamcRun run = HamcRun.of("expand", file.toString());
		assertEquals(1, run.status());
		assertEquals("", run.out());
		assertEquals(List.of(file + ":4:25: error: division by a variable is not polynomial: divide by a constant only [org.cheapnet.ham.NonPolynomial]"),
				run.errLines());

		HamcRun chosen = HamcRun.of("expand", file.toString(), "--hamiltonian", "M.H");
		assertEquals(1, chosen.status(), "an error anywhere in the file stops expand");
		assertEquals("", chosen.out());
	}

	@Test
	void aMissingFileIsAnIoError() {
		Path missing = dir.resolve("nowhere.ham");
		HamcRun run = HamcRun.of("expand", missing.toString());
		assertEquals(1, run.status());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith(missing + ":1:1: error: ") && run.err().contains("[org.cheapnet.ham.IoError]"), run.err());
	}

	@Test
	void warningsGoToStderrAndTheExpansionStillPrints() {
		String text = """
				model T {
				    spin s[2]
				    hamiltonian A = s[0] * s[1]
				    hamiltonian B = -s[0] * s[1]
				    classifier C {
				        class a = A prior 0.3
				        class b = B prior 0.3
				    }
				}
				""";
		HamcRun run = expand(text, "--hamiltonian", "T.B");
		assertEquals(0, run.status());
		assertEquals("-1 s[0]*s[1]\n", run.out());
		assertTrue(run.err().contains(": warning: ") && run.err().contains("[org.cheapnet.ham.PriorsNotNormalized]"), run.err());
	}

	// ---- (g) lets are inlined ----

	@Test
	void aBlockSpinCompositionExpandsToTheCoarseGrainedModel() {
		String text = """
				model Block {
				    lattice fine = square(6, 6) periodic
				    lattice coarse = square(3, 3) periodic
				    spin s on fine
				    param g = 0.5
				    let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
				    let q = sum(c in coarse) m[c]
				    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b] + g * q^2
				}
				""";
		ExpandedPolynomial p = expandOne(text, "Block.H");
		Set<String> names = p.terms().stream().flatMap(t -> t.factors().stream()).map(Factor::name).collect(Collectors.toSet());
		assertEquals(Set.of("s"), names, "only inputs remain once the lets are inlined");
		for (int k = 0; k < POINTS; k++) {
			double[][] s = spins(6, 6);
			double[][] m = new double[3][3];
			double q = 0;
			for (int x = 0; x < 3; x++) {
				for (int y = 0; y < 3; y++) {
					// fine sites 2c + (0|1, 0|1) on the 6 x 6 torus: the block of coarse site c
					m[x][y] = 0.25 * (s[2 * x][2 * y] + s[2 * x + 1][2 * y] + s[2 * x][2 * y + 1] + s[2 * x + 1][2 * y + 1]);
					q += m[x][y];
				}
			}
			double direct = 0.5 * q * q;
			for (int x = 0; x < 3; x++) {
				for (int y = 0; y < 3; y++) {
					direct -= m[x][y] * m[(x + 1) % 3][y] + m[x][y] * m[x][(y + 1) % 3];
				}
			}
			assertClose(direct, p.evaluate(grid("s", s)), p);
		}
	}

	// ---- helpers ----

	private HamcRun expand(String text, String... options) {
		Path file = HamcRun.write(dir, "model.ham", text);
		String[] args = new String[options.length + 2];
		args[0] = "expand";
		args[1] = file.toString();
		System.arraycopy(options, 0, args, 2, options.length);
		return HamcRun.of(args);
	}

	/** The expansion of one hamiltonian, read back; the run must succeed without any output on stderr. */
	private ExpandedPolynomial expandOne(String text, String name) {
		HamcRun run = expand(text, "--hamiltonian", name);
		assertEquals(0, run.status(), run.err());
		assertEquals("", run.err());
		assertFalse(run.out().isEmpty());
		assertTrue(run.out().endsWith("\n"));
		List<String> all = expand(text).outLines();
		int header = all.indexOf("# " + name);
		assertTrue(header >= 0, () -> "no header # " + name + " in\n" + String.join("\n", all));
		int end = header + 1;
		while (end < all.size() && !all.get(end).startsWith("#")) {
			end++;
		}
		assertEquals(all.subList(header + 1, end), run.outLines(), "the same text with or without --hamiltonian");
		ExpandedPolynomial chosen = ExpandedPolynomial.parse(run.outLines());
		return chosen;
	}

	private static void assertClose(double direct, double printed, ExpandedPolynomial p) {
		double tolerance = 1e-12 * Math.max(1, p.scale(3));
		assertEquals(direct, printed, tolerance);
	}

	private double[] uniform(int n, double lo, double hi) {
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = lo + (hi - lo) * random.nextDouble();
		}
		return values;
	}

	private double spin() {
		return random.nextBoolean() ? 1 : -1;
	}

	private double[][] spins(int w, int h) {
		double[][] s = new double[w][h];
		for (double[] row : s) {
			for (int y = 0; y < h; y++) {
				row[y] = spin();
			}
		}
		return s;
	}

	private static Assignment vector(String variable, double[] values) {
		return (name, indices) -> {
			assertEquals(variable, name);
			assertEquals(1, indices.length);
			return values[indices[0]];
		};
	}

	private static Assignment grid(String variable, double[][] values) {
		return (name, indices) -> {
			assertEquals(variable, name);
			assertEquals(2, indices.length);
			return values[indices[0]][indices[1]];
		};
	}
}
