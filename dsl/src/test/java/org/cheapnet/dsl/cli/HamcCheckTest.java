package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hamc check FILE...}: one line per diagnostic, status 1 exactly when some file has an error. */
class HamcCheckTest {

	/** FILE:LINE:COLUMN: error|warning|info: MESSAGE [CODE] */
	private static final Pattern DIAGNOSTIC = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|info): (.+) \\[(org\\.cheapnet\\.ham\\.\\w+)\\]");

	private static final String GOOD = """
			model Chain {
			    lattice c = chain(4) periodic
			    spin s on c
			    @local(1) @symmetric(translation, flip)
			    hamiltonian H = -sum(i in c) s[i] * s[i+1]
			}
			""";

	// the unknown name x: line 3, after 4 spaces and "hamiltonian H = " (16 characters), so column 21
	private static final String UNKNOWN_X = """
			model M {
			    real y
			    hamiltonian H = x * y
			}
			""";

	@TempDir
	Path dir;

	@Test
	void aGoodFilePrintsNothingAndSucceeds() {
		HamcRun run = HamcRun.of("check", HamcRun.write(dir, "good.ham", GOOD).toString());
		assertEquals("", run.out());
		assertEquals("", run.err());
		assertEquals(0, run.status());
	}

	@Test
	void anUnknownNameIsOneLineAtItsPosition() {
		Path file = HamcRun.write(dir, "bad.ham", UNKNOWN_X);
		HamcRun run = HamcRun.of("check", file.toString());
		assertEquals(List.of(file + ":3:21: error: unknown name 'x' [org.cheapnet.ham.UnknownName]"), run.outLines());
		assertEquals(1, run.status());
	}

	@Test
	void positionsCountFromOneOnTheLineOfTheError() {
		// a non-integer exponent on line 4, column 1 of its line after a tab
		Path file = HamcRun.write(dir, "exp.ham", "model M {\n  real x\n  hamiltonian H =\n\tx^0.5\n}\n");
		HamcRun run = HamcRun.of("check", file.toString());
		assertEquals(List.of(file + ":4:4: error: a non-integer exponent (0.5) is not polynomial [org.cheapnet.ham.NonIntegerExponent]"),
				run.outLines());
		assertEquals(1, run.status());
	}

	@Test
	void warningsAndInfosAloneKeepStatusZero() {
		// priors 0.3 + 0.3 are renormalized with a warning; H has a flip symmetry it does not declare (an info)
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
		Path file = HamcRun.write(dir, "warn.ham", text);
		HamcRun run = HamcRun.of("check", file.toString());
		assertEquals(0, run.status(), run.out());
		List<String> severities = run.outLines().stream().map(line -> parse(line).group(4)).toList();
		assertTrue(severities.contains("warning"), run.out());
		assertTrue(severities.contains("info"), run.out());
		assertTrue(run.out().contains("[org.cheapnet.ham.PriorsNotNormalized]"), run.out());
	}

	@Test
	void severalFilesAreCheckedInOrderAndOneBadFileFails() {
		Path good = HamcRun.write(dir, "a.ham", GOOD);
		Path bad = HamcRun.write(dir, "b.ham", UNKNOWN_X);
		Path alsoGood = HamcRun.write(dir, "c.ham", GOOD.replace("Chain", "Other"));
		HamcRun run = HamcRun.of("check", good.toString(), bad.toString(), alsoGood.toString());
		assertEquals(List.of(bad + ":3:21: error: unknown name 'x' [org.cheapnet.ham.UnknownName]"), run.outLines());
		assertEquals(1, run.status());

		HamcRun twoBad = HamcRun.of("check", bad.toString(), good.toString(), bad.toString());
		String unknownX = bad + ":3:21: error: unknown name 'x' [org.cheapnet.ham.UnknownName]";
		assertEquals(List.of(unknownX, unknownX), twoBad.outLines(), "a file named twice is checked twice");
		assertEquals(1, twoBad.status());
	}

	@Test
	void aMissingFileIsAnIoErrorAtItsStart() {
		Path missing = dir.resolve("missing.ham");
		HamcRun run = HamcRun.of("check", missing.toString(), HamcRun.write(dir, "good.ham", GOOD).toString());
		assertEquals(1, run.outLines().size(), run.out());
		assertIoError(missing, run.outLines().get(0));
		assertEquals(1, run.status());
	}

	@Test
	void aDirectoryIsAnIoErrorAtItsStart() {
		HamcRun run = HamcRun.of("check", dir.toString());
		assertEquals(1, run.outLines().size(), run.out());
		assertIoError(dir, run.outLines().get(0));
		assertEquals(1, run.status());
	}

	@Test
	void aFileWithAnotherExtensionIsCheckedAsWell() {
		Path bad = HamcRun.write(dir, "model.txt", UNKNOWN_X);
		HamcRun run = HamcRun.of("check", bad.toString());
		assertEquals(List.of(bad + ":3:21: error: unknown name 'x' [org.cheapnet.ham.UnknownName]"), run.outLines());
		assertEquals(1, run.status());

		HamcRun good = HamcRun.of("check", HamcRun.write(dir, "noext", GOOD).toString());
		assertEquals("", good.out());
		assertEquals(0, good.status());
	}

	@Test
	void anEmptyFileHasNoModelsAndIsValid() {
		HamcRun run = HamcRun.of("check", HamcRun.write(dir, "empty.ham", "").toString());
		assertEquals("", run.out());
		assertEquals(0, run.status());

		HamcRun comments = HamcRun.of("check", HamcRun.write(dir, "comments.ham", "// nothing here\n/* yet */\n").toString());
		assertEquals("", comments.out());
		assertEquals(0, comments.status());
	}

	@Test
	void invalidUtf8IsReportedNotThrown() throws IOException {
		Path garbage = dir.resolve("garbage.ham");
		Files.write(garbage, new byte[] { (byte) 0xff, (byte) 0xfe, 'm', 'o', 'd', 'e', 'l', ' ', (byte) 0xc3, '{', (byte) 0x80, (byte) 0xed,
				(byte) 0xa0, (byte) 0x80, '\n', '}' });
		HamcRun run = HamcRun.of("check", garbage.toString());
		assertEquals(1, run.status());
		assertTrue(!run.outLines().isEmpty());
		for (String line : run.outLines()) {
			Matcher m = parse(line);
			assertEquals(garbage.toString(), m.group(1));
			assertTrue(Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(3)) >= 1, line);
		}
		assertEquals("", run.err());
	}

	@Test
	void invalidUtf8InACommentLeavesTheModelValid() throws IOException {
		Path file = dir.resolve("latin1.ham");
		byte[] comment = "// caf\u00e9 in Latin-1: caf".getBytes(StandardCharsets.US_ASCII);
		byte[] rest = ("\n" + GOOD).getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[comment.length + 1 + rest.length];
		System.arraycopy(comment, 0, bytes, 0, comment.length);
		bytes[comment.length] = (byte) 0xe9; // a lone Latin-1 e-acute is not UTF-8
		System.arraycopy(rest, 0, bytes, comment.length + 1, rest.length);
		Files.write(file, bytes);
		HamcRun run = HamcRun.of("check", file.toString());
		assertEquals("", run.out());
		assertEquals(0, run.status());
	}

	@Test
	void everyLineOfABrokenFileHasTheContractFormat() {
		String text = """
				package p.q
				model Broken {
				    lattice g = hexagon(3)
				    spin s on g
				    real v[0]
				    param n = v
				    let m[i in 0..2] = m[i] + 1
				    @local(-1) @tolerance(0) @bogus
				    hamiltonian H = s[0] / v[1] + (
				}
				""";
		Path file = HamcRun.write(dir, "broken.ham", text);
		HamcRun run = HamcRun.of("check", file.toString());
		assertEquals(1, run.status());
		assertTrue(run.outLines().size() >= 3, run.out());
		for (String line : run.outLines()) {
			Matcher m = parse(line);
			int lineNumber = Integer.parseInt(m.group(2));
			assertTrue(lineNumber >= 1 && lineNumber <= text.lines().count() + 1, line);
			assertTrue(Integer.parseInt(m.group(3)) >= 1, line);
		}
		assertEquals("", run.err());
	}

	@Test
	void aTooDeeplyNestedFileIsALimitNotAStackTrace() throws InterruptedException {
		// on a thread's default 1 MB stack (an editor's, a build's): the parser stops at the nesting
		// limit (the 257th parenthesis, column 18 + 256) with a positioned diagnostic before its
		// recursion could overflow (on a far smaller stack HamWorkspace still reports LimitExceeded)
		String deep = "model M {\n real x\n hamiltonian H = " + "(".repeat(5000) + "x" + ")".repeat(5000) + "\n}\n";
		Path file = HamcRun.write(dir, "deep.ham", deep);
		HamcRun[] result = new HamcRun[1];
		Thread small = new Thread(null, () -> result[0] = HamcRun.of("check", file.toString()), "default-stack", 1 << 20);
		small.start();
		small.join();
		assertEquals(List.of(file + ":3:274: error: expressions nest deeper than 256 levels (brackets, sum, prod, unary minus and ^"
				+ " each count), the limit [org.cheapnet.ham.NestingTooDeep]"), result[0].outLines());
		assertEquals(1, result[0].status());
	}

	private static void assertIoError(Path file, String line) {
		Matcher m = parse(line);
		assertEquals(file.toString(), m.group(1));
		assertEquals("1", m.group(2));
		assertEquals("1", m.group(3));
		assertEquals("error", m.group(4));
		assertEquals("org.cheapnet.ham.IoError", m.group(6));
	}

	private static Matcher parse(String line) {
		Matcher m = DIAGNOSTIC.matcher(line);
		assertTrue(m.matches(), () -> "not FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]: " + line);
		return m;
	}
}
