package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hamc expand --format poly`: the anchors' .poly format, read back by a parser written from its README. */
class HamcExpandPolyTest {
	/** COEFFICIENT MONOMIAL with names [A-Za-z][A-Za-z0-9]* and ^e (shared/anchors/README.md). */
	private static final Pattern LINE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?: ([A-Za-z][A-Za-z0-9]*(?:\\^\\d+)?(?:\\*[A-Za-z][A-Za-z0-9]*(?:\\^\\d+)?)*))?");

	@TempDir
	Path dir;

	@Test
	void aPeriodicIsingModelInPolyFormatEvaluatesLikeTheModel() {
		Path file = HamcRun.write(dir, "ising.ham", """
				model Ising {
				    lattice g = square(4, 3) periodic
				    spin s on g
				    real my_x in [-2, 2]
				    @local(1)
				    hamiltonian H = -sum(<a, b> in g) s[a] * s[b] - 0.1 * sum(a in g) s[a] + 0.5 * my_x^2 * s[0, 0]
				}
				""");
		HamcRun run = HamcRun.of("expand", file.toString(), "--hamiltonian", "Ising.H", "--format", "poly");
		assertEquals(0, run.status(), run.err());
		List<String> lines = run.outLines();
		List<String> vars = new ArrayList<>();
		for (int x = 0; x < 4; x++) {
			for (int y = 0; y < 3; y++) {
				vars.add("si" + x + "i" + y);
			}
		}
		vars.add("myux");
		assertEquals("vars: " + String.join(" ", vars), lines.get(0), "input order, letters and digits only");
		Random random = new Random(3);
		for (int k = 0; k < 50; k++) {
			double[][] s = new double[4][3];
			Map<String, Double> values = new HashMap<>();
			for (int x = 0; x < 4; x++) {
				for (int y = 0; y < 3; y++) {
					s[x][y] = random.nextBoolean() ? 1 : -1;
					values.put("si" + x + "i" + y, s[x][y]);
				}
			}
			double myX = 4 * random.nextDouble() - 2;
			values.put("myux", myX);
			double direct = 0.5 * myX * myX * s[0][0];
			for (int x = 0; x < 4; x++) {
				for (int y = 0; y < 3; y++) {
					direct += -(s[x][y] * s[(x + 1) % 4][y] + s[x][y] * s[x][(y + 1) % 3]) - 0.1 * s[x][y];
				}
			}
			assertEquals(direct, evaluate(lines.subList(1, lines.size()), values), 1e-12);
		}
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		Path file = HamcRun.write(dir, "m.ham", "model M { real x hamiltonian H = x }\n");
		assertEquals(2, HamcRun.of("expand", file.toString(), "--format", "json").status());
	}

	private static double evaluate(List<String> lines, Map<String, Double> values) {
		double sum = 0;
		for (String line : lines) {
			var m = LINE.matcher(line);
			assertTrue(m.matches(), () -> "not a .poly line: " + line);
			double term = Double.parseDouble(m.group(1));
			if (m.group(2) != null) {
				for (String factor : m.group(2).split("\\*")) {
					String[] power = factor.split("\\^");
					term *= Math.pow(values.get(power[0]), power.length == 2 ? Integer.parseInt(power[1]) : 1);
				}
			}
			sum += term;
		}
		return sum;
	}
}
