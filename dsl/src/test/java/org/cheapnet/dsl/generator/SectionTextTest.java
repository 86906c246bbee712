package org.cheapnet.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Interpreter;
import org.cheapnet.runtime.network.Network;
import org.cheapnet.runtime.network.NetworkBuilder;
import org.junit.jupiter.api.Test;

/** The exact straight-line text of tiny plans and networks, and how long code is split. */
class SectionTextTest {

	@Test
	void aPlanBecomesOneStatementPerStepThenTheOutput() {
		// inputs x0, x1; step 0 = x0^2, step 1 = (1 + x0) * (x1 - 2 x0), step 2 = s0 s1 (spins); H = 3 - v2 + 0.5 v3 + v4
		Plan plan = new Plan(2, List.of(new Step.Product(LinearForm.of(0), LinearForm.of(0)),
				new Step.Product(LinearForm.of(Map.of(0, 1.0), 1), LinearForm.of(Map.of(1, 1.0, 0, -2.0), 0)),
				new Step.DiscreteProduct(new int[] { 0, 1 }, true)),
				List.of(LinearForm.of(Map.of(2, -1.0, 3, 0.5, 4, 1.0), 3)));
		Section s = PlanSections.of(plan, 2000);
		assertEquals(List.of(List.of(
				"v[0] = x[0] * x[0];",
				"v[1] = (1.0 + x[0]) * (-2.0 * x[0] + x[1]);",
				"v[2] = x[0] * x[1];",
				"v[3] = 3.0 - v[0] + 0.5 * v[1] + v[2];")), s.methods());
		assertEquals(List.of("v[3]"), s.outputs());
		assertEquals(5, s.slots()); // 3 steps, 1 output, 1 scratch
	}

	@Test
	void aNetworkBecomesOneStatementPerNode() {
		NetworkBuilder b = new NetworkBuilder(2);
		int n0 = b.neuron(Activation.TANH, new int[] { 0, 1 }, new double[] { 0.25, -1 }, 0.5);
		int n1 = b.neuron(Activation.SIGMOID, new int[] { 1 }, new double[] { 2 }, 0);
		b.linearOutput(new int[] { n0, n1, 0 }, new double[] { 4, -3, 0 }, -1);
		b.output(n1);
		Section s = NetworkSections.of(b.build(), 2000);
		assertEquals(List.of(List.of(
				"v[0] = tanh(0.5 + 0.25 * x[0] - x[1]);",
				"v[1] = sigmoid(2.0 * x[1]);",
				"v[2] = -1.0 + 4.0 * v[0] - 3.0 * v[1];")), s.methods());
		assertEquals(List.of("v[2]", "v[1]"), s.outputs());
	}

	@Test
	void thresholdNeuronsOnTheSameFormShareOneExponential() {
		// a spin pair's threshold gate: s(b (1 - x0 - x1)) and s(b (-1 - x0 - x1)), output weights 2
		NetworkBuilder b = new NetworkBuilder(2);
		int n0 = b.neuron(Activation.SIGMOID, new int[] { 0, 1 }, new double[] { -15, -15 }, 15);
		int n1 = b.neuron(Activation.SIGMOID, new int[] { 0, 1 }, new double[] { -15, -15 }, -15);
		b.linearOutput(new int[] { n0, n1 }, new double[] { 2, -2 }, -2);
		Network network = b.build();
		Section s = NetworkSections.of(network, 2000);
		// E = e^(-15 x0 - 15 x1); z = b - t with t = 15 (x0 + x1), so e^-z = e^-b e^t = e^-b / E
		assertEquals(List.of(List.of(
				"v[3] = Math.exp(-15.0 * x[0] - 15.0 * x[1]);",
				"v[0] = 1.0 / (1.0 + " + JavaLiterals.of(StrictMath.exp(-15)) + " / v[3]);",
				"v[1] = 1.0 / (1.0 + " + JavaLiterals.of(StrictMath.exp(15)) + " / v[3]);",
				"v[2] = -2.0 + 2.0 * v[0] - 2.0 * v[1];")), s.methods());
		assertEquals(4, s.slots());
		// the same arithmetic by hand against the interpreter, at the four spin states
		Interpreter interpreter = new Interpreter(network);
		for (double x0 : new double[] { -1, 1 }) {
			for (double x1 : new double[] { -1, 1 }) {
				double e = Math.exp(-15 * x0 - 15 * x1);
				double v0 = 1 / (1 + StrictMath.exp(-15) / e);
				double v1 = 1 / (1 + StrictMath.exp(15) / e);
				assertEquals(interpreter.evaluate(new double[] { x0, x1 })[0], -2 + 2 * v0 - 2 * v1, 1e-14);
			}
		}
	}

	@Test
	void productGateNeuronsKeepTheirOwnExponential() {
		// the cancellation of a product gate amplifies rounding: output weights of 1e8 share nothing
		NetworkBuilder b = new NetworkBuilder(1);
		int n0 = b.neuron(Activation.SIGMOID, new int[] { 0 }, new double[] { 1e-4 }, 1.3);
		int n1 = b.neuron(Activation.SIGMOID, new int[] { 0 }, new double[] { -1e-4 }, 1.3);
		b.linearOutput(new int[] { n0, n1 }, new double[] { 1e8, 1e8 }, 0);
		Section s = NetworkSections.of(b.build(), 2000);
		assertEquals(3, s.slots());
		assertTrue(s.methods().get(0).get(0).startsWith("v[0] = sigmoid("), s.methods().toString());
	}

	@Test
	void aLongSumIsSplitIntoStatementsAndMethodsThatStayFarFromTheMethodLimit() {
		int n = 10_000;
		int[] values = new int[n];
		double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = i;
			weights[i] = i % 3 - 1.5;
		}
		StraightLineCode code = new StraightLineCode();
		code.assign("v[0]", 1, values, weights, i -> "x[" + i + "]");
		List<List<String>> methods = code.methods();
		List<String> all = new ArrayList<>();
		methods.forEach(all::addAll);
		assertEquals((n + 31) / 32, all.size());
		assertTrue(all.get(0).startsWith("v[0] = 1.0 - 1.5 * x[0] - 0.5 * x[1] + 0.5 * x[2]"), all.get(0));
		assertTrue(all.get(1).startsWith("v[0] = v[0] + 0.5 * x[32] - 1.5 * x[33]"), all.get(1));
		for (List<String> method : methods) {
			assertTrue(method.size() <= StraightLineCode.STATEMENTS_PER_METHOD);
			long terms = method.stream().mapToLong(st -> st.chars().filter(c -> c == '*').count()).sum();
			assertTrue(terms <= StraightLineCode.TERMS_PER_METHOD, terms + " terms in one method");
		}
	}

	@Test
	void tablesRoundTripThroughBase64AndKeepEachStringConstantShort() {
		double[] values = new double[20_000];
		for (int i = 0; i < values.length; i++) {
			values[i] = Math.sin(i) * Math.pow(10, i % 600 - 300);
		}
		Table t = Table.doubles("W", values);
		assertTrue(t.chunks().size() > 1);
		t.chunks().forEach(c -> assertTrue(c.length() <= Table.CHUNK));
		byte[] bytes = java.util.Base64.getDecoder().decode(String.join("", t.chunks()));
		double[] decoded = new double[values.length];
		java.nio.ByteBuffer.wrap(bytes).asDoubleBuffer().get(decoded);
		for (int i = 0; i < values.length; i++) {
			assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(decoded[i]));
		}
	}
}
