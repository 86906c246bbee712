package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hamc plan`: .poly files planned by every construction, the verified winner and its lower bound. */
class HamcPlanTest {
	@TempDir
	Path dir;

	/**
	 * Two 4-cycles: each bond form x1x2 + x2x3 + x3x4 + x4x1 = (x1 + x3)(x2 + x4) is one product
	 * and has inertia (1, 1), so the sum takes two and its inertia (2, 2) proves that minimal.
	 */
	@Test
	void aQuadraticFormTakesMaxOfItsInertiaAndIsProvedMinimal() {
		Path file = HamcRun.write(dir, "cycle.poly", """
				# the bonds of two 4-cycles
				vars: a b c d e f g h
				1 a*b
				1 b*c
				1 c*d
				1 d*a
				1 e*f
				1 f*g
				1 g*h
				1 h*e
				""");
		HamcRun run = HamcRun.of("plan", file.toString(), "--json");
		assertEquals(0, run.status(), run.err());
		Map<String, Object> p = only(run);
		assertEquals("cycle", p.get("name"));
		assertEquals(8.0, p.get("variables"));
		assertEquals(8.0, p.get("terms"));
		assertEquals(2.0, p.get("degree"));
		assertEquals(2.0, p.get("multiplications"));
		assertEquals(2.0, p.get("lowerBound"));
		assertEquals("inertia", p.get("lowerBoundArgument"));
		assertEquals(true, p.get("provedMinimal"));
		assertEquals(true, p.get("verified"));
		assertTrue((Double) p.get("measuredError") <= 1e-4);
		Map<String, Object> candidates = JsonReader.object(p.get("candidates"));
		assertEquals(8.0, candidates.get("greedy"), "one product per bond");
		assertTrue(candidates.containsKey("quadratic-form"));
	}

	/** x^15: the shortest addition chain has 5 steps (Knuth); the degree bound is only 4. */
	@Test
	void aPowerTakesItsShortestAdditionChain() {
		Path file = HamcRun.write(dir, "pow.poly", "x^15\n");
		HamcRun run = HamcRun.of("plan", file.toString(), "--json", "--tolerance", "1e-3");
		assertEquals(0, run.status(), run.err());
		Map<String, Object> p = only(run);
		assertEquals(5.0, p.get("multiplications"));
		assertEquals(4.0, p.get("lowerBound"));
		assertEquals(false, p.get("provedMinimal"));
		assertEquals(true, p.get("verified"));
	}

	@Test
	void aBadLineIsAPositionedErrorAndTheOtherFilesAreStillPlanned() {
		Path bad = HamcRun.write(dir, "bad.poly", "1 x*y\n2 x**y\n");
		Path good = HamcRun.write(dir, "good.poly", "1 x*y\n");
		HamcRun run = HamcRun.of("plan", bad.toString(), good.toString());
		assertEquals(1, run.status());
		assertTrue(run.err().startsWith(bad + ":2:1: error: "), run.err());
		assertTrue(run.err().trim().endsWith("[" + PlanCommand.POLY_SYNTAX + "]"), run.err());
		assertTrue(run.out().contains("good"), run.out());
	}

	private static Map<String, Object> only(HamcRun run) {
		List<Object> polynomials = JsonReader.array(JsonReader.object(JsonReader.parse(run.out())).get("polynomials"));
		assertEquals(1, polynomials.size());
		return JsonReader.object(polynomials.get(0));
	}
}
