package org.cheapnet.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models too big for one method: tables for the largest, straight-line code split into methods below that. */
class LargeModelsTest extends AbstractGeneratorTest {
	@TempDir
	Path dir;

	@Test
	void aLargeNonSymmetricModelIsTableDrivenAndCompiles() throws Exception {
		// 2,499 bond products with site-dependent weights (no translation symmetry): more than 2,000 steps and neurons
		Generated g = generate("""
				package gen.large
				model Chain {
				    lattice c = chain(2500) open
				    bit b on c
				    hamiltonian H = sum(i in c) (1 + 0.001 * i) * b[i] * b[i+1] - sum(i in c) 0.5 * b[i]
				}
				""", JavaEmitter.MAX_STRAIGHT_LINE).get(0);
		GeneratedJava java = g.file("ChainH");
		assertTrue(java.content().contains("PLAN_KIND = bytes("), "plan as tables");
		assertTrue(java.content().contains("NETWORK_START = ints("), "network as tables");
		assertStringConstantsFitAClassFile(java.content());
		assertEvaluates(g, "gen.large.ChainH");
	}

	@Test
	void aWideStraightLineModelIsSplitIntoMethods() throws Exception {
		// one product and 6,000 linear terms: few steps and nodes, but sums far longer than one method may hold
		Generated g = generate("""
				model Wide {
				    real x[6000] in [-1, 1]
				    hamiltonian H = sum(i in 0..5999) (1 + 0.001 * i) * x[i] + x[0] * x[1]
				}
				""", JavaEmitter.MAX_STRAIGHT_LINE).get(0);
		GeneratedJava java = g.file("WideH");
		assertFalse(java.content().contains("_KIND"), "straight-line plan");
		assertFalse(java.content().contains("NETWORK_START"), "straight-line network");
		assertTrue(java.content().contains("private static void plan3("), "the output sum is split into methods");
		assertEvaluates(g, "WideH");
	}

	private void assertEvaluates(Generated g, String className) throws Exception {
		CompiledHamiltonian h = (CompiledHamiltonian) InProcessJavac.instantiate(InProcessJavac.compile(g.files(), dir), className);
		VariableSpace space = g.lowered().space();
		Polynomial exact = g.compilation().hamiltonians().get(0).lowered().expanded();
		double s = scale(exact, space);
		Random random = new Random(11);
		for (int n = 0; n < 200; n++) {
			double[] x = randomPoint(space, random);
			double expected = exact.evaluate(x);
			assertEquals(expected, h.energy(x), 1e-12 * s);
			assertTrue(Math.abs(h.network(x) - expected) / s <= 1e-6);
		}
	}

	/** A class file holds a String constant of at most 65,535 bytes in modified UTF-8 (ASCII here). */
	private static void assertStringConstantsFitAClassFile(String source) {
		Matcher literal = Pattern.compile("\"([^\"\\\\]*)\"").matcher(source);
		int count = 0;
		while (literal.find()) {
			assertTrue(literal.group(1).getBytes(StandardCharsets.UTF_8).length < 65_535);
			count++;
		}
		assertTrue(count > 0);
	}
}
