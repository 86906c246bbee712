package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --help, --version and wrong usage (status 2, the usage text on stderr, nothing on stdout). */
class HamcUsageTest {

	@TempDir
	Path dir;

	@Test
	void helpPrintsTheUsageOnStdout() {
		for (String help : List.of("--help", "-h", "help")) {
			HamcRun run = HamcRun.of(help);
			assertEquals(0, run.status(), help);
			assertTrue(run.out().startsWith("usage: hamc"), run.out());
			assertTrue(run.out().contains("check FILE...") && run.out().contains("expand FILE [--hamiltonian MODEL.NAME]"), run.out());
			assertEquals("", run.err());
		}
	}

	@Test
	void versionPrintsHamcAndAVersion() {
		HamcRun run = HamcRun.of("--version");
		assertEquals(0, run.status());
		assertEquals(1, run.outLines().size(), run.out());
		String version = run.outLines().get(0);
		assertTrue(version.matches("hamc \\d+\\.\\d+\\.\\d+\\S*"), version);
		assertEquals("", run.err());
	}

	@Test
	void noArgumentsIsAUsageError() {
		assertUsageError(HamcRun.of());
	}

	@Test
	void unknownCommandsAndOptionsAreUsageErrors() {
		Path file = HamcRun.write(dir, "m.ham", "model M { real x hamiltonian H = x }\n");
		String f = file.toString();
		assertUsageError(HamcRun.of("compile", f));
		assertUsageError(HamcRun.of("--frobnicate"));
		assertUsageError(HamcRun.of("CHECK", f));
		assertUsageError(HamcRun.of("check"));
		assertUsageError(HamcRun.of("check", "--frobnicate", f));
		assertUsageError(HamcRun.of("check", f, "-x"));
		assertUsageError(HamcRun.of("expand"));
		assertUsageError(HamcRun.of("expand", f, f));
		assertUsageError(HamcRun.of("expand", f, "--hamiltonian"));
		assertUsageError(HamcRun.of("expand", f, "--frobnicate"));
	}

	@Test
	void theUsageErrorNamesTheProblem() {
		HamcRun run = HamcRun.of("frobnicate");
		assertTrue(run.err().startsWith("hamc: unknown command 'frobnicate'\n"), run.err());
	}

	private static void assertUsageError(HamcRun run) {
		assertEquals(2, run.status(), run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains("usage: hamc"), run.err());
	}
}
