package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cheapnet.dsl.compiler.network.ErrorScale;
import org.cheapnet.dsl.compiler.network.GateParameters;
import org.cheapnet.dsl.compiler.network.NetworkCompilation;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.report.ClassifierSamples;
import org.cheapnet.dsl.report.DepthSweep;
import org.cheapnet.dsl.report.ParameterSweep;
import org.cheapnet.dsl.report.ReportSubject;
import org.cheapnet.runtime.network.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurements behind the HTML report: the error sweeps measure really rebuilt networks (the
 * chosen value reproduces the verifier's error, a network rebuilt here independently agrees, and
 * the error follows the gates' laws), deep against flat matches the closed forms 4(n - 1) and
 * 2^n, and a classifier's sample probabilities match the transfer-matrix posterior.
 */
class ReportSweepsTest {

	@TempDir
	Path dir;

	@Test
	void lambdaSweepReproducesTheVerifierAndFollowsTheTruncationLaw() {
		ReportSubject product = ReportSubjects.named(ReportSubjects.EXAMPLES.resolve("product.ham"), "Product.H");
		ParameterSweep sweep = ParameterSweep.of(product, ParameterSweep.Knob.LAMBDA);
		List<ParameterSweep.Point> points = sweep.points();
		assertEquals(ParameterSweep.VALUES, points.size());
		ParameterSweep.Point chosen = points.get(ParameterSweep.CHOSEN);
		assertEquals(product.network().lambda(), chosen.value());
		double tolerance = product.options().tolerance();
		assertEquals(product.verification().worstError(), chosen.measured(), 1e-3 * tolerance);

		// 10 times lambda: truncation ~ lambda^2 grows about 100 times
		ParameterSweep.Point tenfold = points.get(ParameterSweep.CHOSEN + 3);
		assertEquals(10 * chosen.value(), tenfold.value(), 1e-9 * tenfold.value());
		double growth = tenfold.measured() / chosen.measured();
		assertTrue(growth > 30 && growth < 300, "growth " + growth);
		// far left, rounding ~ 1/lambda^2 dominates: worse than at the chosen lambda
		assertTrue(points.get(0).measured() > 10 * chosen.measured(), "rounding " + points.get(0).measured());
		for (ParameterSweep.Point p : points) {
			assertTrue(p.predicted() > 0 && p.measured() > 0, p.toString());
		}
	}

	@Test
	void sweptErrorIsThatOfANetworkRebuiltIndependently() {
		ReportSubject product = ReportSubjects.named(ReportSubjects.EXAMPLES.resolve("product.ham"), "Product.H");
		ParameterSweep.Point tenfold = ParameterSweep.of(product, ParameterSweep.Knob.LAMBDA).points()
				.get(ParameterSweep.CHOSEN + 3);
		NetworkCompilation built = new NetworkCompiler(product.space(), product.options()).compile(product.plan(),
				product.expanded(), new GateParameters(tenfold.value(), 0));
		Interpreter network = new Interpreter(((NetworkCompilation.Built) built).network().network());
		double scale = ErrorScale.of(product.expanded().get(0), product.space());
		// at the corner (1, ..., 1) the product is 1, and the gates' error is largest at corners
		double[] corner = new double[8];
		java.util.Arrays.fill(corner, 1);
		double error = Math.abs(network.evaluate(corner)[0] - 1) / scale;
		assertTrue(error <= tenfold.measured(), error + " > " + tenfold.measured());
		assertTrue(error >= 0.05 * tenfold.measured(), "the corner's error " + error + " is far below the maximum");
	}

	@Test
	void betaSweepReproducesTheVerifierAndFallsWithBeta() {
		Path ring = HamcRun.write(dir, "ring.ham", """
				model Ring {
				    lattice ring = chain(6) periodic
				    spin s on ring
				    @local(1) hamiltonian H = -sum(<a, b> in ring) s[a] * s[b]
				}
				""");
		ReportSubject h = ReportSubjects.named(ring, "Ring.H");
		assertEquals(null, ParameterSweep.of(h, ParameterSweep.Knob.LAMBDA), "no smooth gates, no lambda sweep");
		ParameterSweep sweep = ParameterSweep.of(h, ParameterSweep.Knob.BETA);
		ParameterSweep.Point chosen = sweep.points().get(ParameterSweep.CHOSEN);
		assertEquals(h.network().beta(), chosen.value());
		assertEquals(h.verification().worstError(), chosen.measured(), 1e-3 * h.options().tolerance());
		for (int k = 1; k < sweep.points().size(); k++) {
			assertTrue(sweep.points().get(k).measured() < sweep.points().get(k - 1).measured(), "falls at " + k);
		}
		// a spin pair's step error is 1/(1 + e^(beta/2)) per step: a third of beta lower, e^(beta/6) times worse
		ParameterSweep.Point third = sweep.points().get(5);
		double expected = Math.exp((chosen.value() - third.value()) / 2);
		double ratio = third.measured() / chosen.measured();
		assertTrue(ratio > expected / 3 && ratio < expected * 3, ratio + " against " + expected);
	}

	@Test
	void deepAgainstFlatMatchesTheClosedFormsForAProductOfNReals() {
		for (int n : new int[] { 4, 8 }) {
			ReportSubject h = ReportSubjects.named(productOf(n), "P" + n + ".H");
			List<DepthSweep.Bar> bars = DepthSweep.of(h);
			int depth = 32 - Integer.numberOfLeadingZeros(n - 1); // ceil(log2 n)
			assertEquals(depth, bars.size());
			DepthSweep.Bar deep = bars.get(bars.size() - 1);
			assertEquals(4L * (n - 1), deep.neurons());
			assertFalse(deep.flat());
			for (DepthSweep.Bar bar : bars.subList(0, bars.size() - 1)) {
				assertEquals(1L << n, bar.neurons(), "@depth(" + bar.maxDepth() + ")");
				assertTrue(bar.flat() && !bar.formula());
			}
		}
	}

	@Test
	void aFlatNetworkTooLargeToBuildIsCountedByTheFormula() {
		ReportSubject h = ReportSubjects.named(productOf(12), "P12.H");
		List<DepthSweep.Bar> bars = DepthSweep.of(h);
		assertEquals(4, bars.size());
		assertEquals(44, bars.get(3).neurons());
		for (DepthSweep.Bar bar : bars.subList(0, 3)) {
			assertEquals(4096, bar.neurons());
			assertTrue(bar.formula());
		}
	}

	@Test
	void classifierProbabilitiesAreTheTransferMatrixPosterior() {
		ReportSubject c = ReportSubjects.named(ReportSubjects.EXAMPLES.resolve("classifier.ham"), "Thermometer.Temperature");
		double[] couplings = { 0.2, 1.0 }; // hot, cold
		for (ClassifierSamples.Sample sample : ClassifierSamples.of(c.classifier(), c.modelSpace())) {
			double[] s = sample.input();
			double bonds = 0;
			for (int i = 0; i < 8; i++) {
				assertTrue(s[i] == 1 || s[i] == -1);
				bonds += s[i] * s[(i + 1) % 8];
			}
			double[] weight = new double[2];
			for (int y = 0; y < 2; y++) {
				double k = couplings[y];
				double z = Math.pow(2 * Math.cosh(k), 8) + Math.pow(2 * Math.sinh(k), 8);
				weight[y] = 0.5 * Math.exp(k * bonds) / z;
			}
			for (int y = 0; y < 2; y++) {
				double posterior = weight[y] / (weight[0] + weight[1]);
				assertEquals(posterior, sample.exact()[y], 1e-12);
				assertEquals(posterior, sample.network()[y], 1e-5);
			}
		}
	}

	private Path productOf(int n) {
		return HamcRun.write(dir, "p" + n + ".ham", "model P" + n + " {\n    real x[" + n + "] in [-1, 1]\n"
				+ "    hamiltonian H = prod(i in 0.." + (n - 1) + ") x[i]\n}\n");
	}
}
