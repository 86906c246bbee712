package org.cheapnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import cheapnet.examples.BlockSpinH;
import cheapnet.examples.CubicBitsH;
import cheapnet.examples.GaussianH;
import cheapnet.examples.Ising2DH;
import cheapnet.examples.Phi4ChainH;
import cheapnet.examples.ProductH;
import cheapnet.examples.ThermometerCold;
import cheapnet.examples.ThermometerHot;
import cheapnet.examples.ThermometerTemperature;

import org.cheapnet.runtime.ModelInfo;
import org.cheapnet.runtime.Shape;
import org.cheapnet.runtime.VariableLayout;
import org.junit.jupiter.api.Test;

/**
 * The generated example classes against physics written out by hand: the Ising and Gaussian
 * energies, the thermometer's Bayes posterior by brute force over all 2^8 states, and the input
 * layouts of LANGUAGE.md ("Inputs of the generated code").
 */
class ExamplePhysicsTest {

	@Test
	void ising2dIsNearestNeighbourCouplingPlusField() {
		// H = -J sum over the 2 * 16 * 16 periodic bonds s_a s_b - h sum_a s_a, site (x, y) at x*16 + y
		Ising2DH ising = new Ising2DH();
		Random random = new Random(5);
		for (int n = 0; n < 200; n++) {
			double[] s = new double[256];
			for (int i = 0; i < 256; i++) {
				s[i] = random.nextBoolean() ? 1 : -1;
			}
			double bonds = 0;
			double field = 0;
			for (int x = 0; x < 16; x++) {
				for (int y = 0; y < 16; y++) {
					double here = s[x * 16 + y];
					bonds += here * (s[(x + 1) % 16 * 16 + y] + s[x * 16 + (y + 1) % 16]);
					field += here;
				}
			}
			double h = -1.0 * bonds - 0.1 * field;
			assertEquals(h, ising.energy(s), 1e-12);
			assertEquals(h, ising.network(s), 1e-6 * (512 + 0.1 * 256)); // S = sum |c_k| = 512 J + 256 h
		}
	}

	@Test
	void gaussianIsHalfXAXPlusBX() {
		double[] b = { 1, -0.5, 0.25, 0, 0.75, -1, 0.5, -0.25 };
		GaussianH gaussian = new GaussianH();
		Random random = new Random(6);
		for (int n = 0; n < 200; n++) {
			double[] x = new double[8];
			for (int i = 0; i < 8; i++) {
				x[i] = -3 + 6 * random.nextDouble();
			}
			double h = 0;
			for (int i = 0; i < 8; i++) {
				h += 1.5 * x[i] * x[i] + b[i] * x[i]; // 1/2 A_ii x_i^2, A_ii = 3
				if (i < 7) {
					h -= x[i] * x[i + 1]; // 1/2 (A_i,i+1 + A_i+1,i) x_i x_i+1, A_i,i+1 = -1
				}
			}
			assertEquals(h, gaussian.energy(x), 1e-12 * 200);
		}
	}

	@Test
	void theThermometerIsTheBayesPosteriorOverAllStates() {
		// p(y | s) = prior_y e^{-H_y(s)} / Z_y, normalized over y; H_y = -K_y sum_i s_i s_{i+1} on a ring of 8
		double[] k = { 0.2, 1.0 };
		double[] z = new double[2];
		for (int state = 0; state < 256; state++) {
			for (int y = 0; y < 2; y++) {
				z[y] += Math.exp(-ring(k[y], spins(state)));
			}
		}
		ThermometerTemperature thermometer = new ThermometerTemperature();
		assertEquals(List.of("hot", "cold"), thermometer.info().classes());
		for (int state = 0; state < 256; state++) {
			double[] s = spins(state);
			double hot = 0.5 * Math.exp(-ring(k[0], s)) / z[0];
			double cold = 0.5 * Math.exp(-ring(k[1], s)) / z[1];
			double[] p = thermometer.probabilities(s);
			assertEquals(hot / (hot + cold), p[0], 1e-5);
			assertEquals(cold / (hot + cold), p[1], 1e-5);
			assertEquals(cold > hot ? 1 : 0, thermometer.classify(s));
		}
	}

	private static double ring(double coupling, double[] s) {
		double sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += s[i] * s[(i + 1) % 8];
		}
		return -coupling * sum;
	}

	private static double[] spins(int state) {
		double[] s = new double[8];
		for (int i = 0; i < 8; i++) {
			s[i] = (state >> i & 1) == 1 ? 1 : -1;
		}
		return s;
	}

	@Test
	void infoReportsEachExamplesInputLayout() {
		assertLayout(new Ising2DH().info(), VariableLayout.spin("s", Shape.lattice(16, 16), 0));
		assertLayout(new BlockSpinH().info(), VariableLayout.spin("s", Shape.lattice(8, 8), 0));
		assertLayout(new CubicBitsH().info(), VariableLayout.bit("b", Shape.vector(10), 0));
		assertLayout(new GaussianH().info(), VariableLayout.real("x", Shape.vector(8), 0, -3, 3));
		assertLayout(new Phi4ChainH().info(), VariableLayout.real("phi", Shape.lattice(32), 0, -2, 2));
		assertLayout(new ProductH().info(), VariableLayout.real("x", Shape.vector(8), 0, -1, 1));
		assertLayout(new ThermometerHot().info(), VariableLayout.spin("s", Shape.lattice(8), 0));
		assertLayout(new ThermometerCold().info(), VariableLayout.spin("s", Shape.lattice(8), 0));
		assertLayout(new ThermometerTemperature().info(), VariableLayout.spin("s", Shape.lattice(8), 0));
		assertEquals("Ising2D", new Ising2DH().info().model());
		assertEquals("H", new Ising2DH().info().name());
		assertEquals(256, new Ising2DH().info().inputSize());
	}

	private static void assertLayout(ModelInfo info, VariableLayout expected) {
		assertEquals(List.of(expected), info.variables(), info.model() + "." + info.name());
	}
}
