package org.cheapnet.dsl.onnx;

import org.cheapnet.runtime.Activation;

/**
 * Each activation as ONNX opset-17 operators that ONNX Runtime's CPU provider implements for the
 * element type: Sigmoid, Tanh and Exp directly; softplus ln(1 + e^z) in the overflow-free form
 * Relu(z) + Log(1 + Exp(-|z|)) (there is no double Softplus kernel); SiLU z / (1 + e^-z); GELU
 * z Phi(z), with Phi(z) = (1 + Erf(z / sqrt 2)) / 2 in float32 and, as there is no double Erf
 * kernel, in float64 by Marsaglia's series Phi(z) = 1/2 + phi(z) z sum_n z^(2n) / (2n+1)!!
 * on z clipped to [-8.5, 8.5], 101 terms (n = 0..100) (absolute error under 6e-16 there, measured against
 * arbitrary precision; beyond, Phi is 1, or 0 below -8.5 where z Phi(z) is set to 0).
 */
final class ActivationOps {
	/** Beyond this, Phi(z) is 0 or 1 to double precision (Phi(-8.5) = 9.5e-18). */
	static final double GELU_CLIP = 8.5;
	/** Series terms n = 0..GELU_TERMS. */
	static final int GELU_TERMS = 100;

	private final GraphWriter graph;

	ActivationOps(GraphWriter graph) {
		this.graph = graph;
	}

	/** Adds nodes computing out = s(z). */
	void apply(Activation activation, String z, String out) {
		switch (activation) {
		case SIGMOID -> graph.op("Sigmoid", out, z);
		case TANH -> graph.op("Tanh", out, z);
		case EXP -> graph.op("Exp", out, z);
		case SOFTPLUS -> softplus(z, out);
		case SILU -> silu(z, out);
		case GELU -> gelu(z, out);
		}
	}

	/**
	 * z / (1 + e^-z), not z Sigmoid(z): ONNX Runtime (1.29) fuses Mul(z, Sigmoid(z)) into its
	 * com.microsoft.QuickGelu, which has no double kernel. Overflow-safe: e^-z = inf gives -0.
	 */
	private void silu(String z, String out) {
		String denominator = graph.op("Add", out + ".denominator", graph.scalar(1), graph.op("Exp", out + ".exp", graph.op("Neg", out + ".neg", z)));
		graph.op("Div", out, z, denominator);
	}

	/** ln(1 + e^z) = max(z, 0) + ln(1 + e^-|z|). */
	private void softplus(String z, String out) {
		String negAbs = graph.op("Neg", out + ".negabs", graph.op("Abs", out + ".abs", z));
		String log = graph.op("Log", out + ".log", graph.op("Add", out + ".onepexp", graph.scalar(1), graph.op("Exp", out + ".exp", negAbs)));
		graph.op("Add", out, graph.op("Relu", out + ".relu", z), log);
	}

	private void gelu(String z, String out) {
		String phi = graph.type() == ElementType.FLOAT ? phiByErf(z, out) : phiBySeries(z, out);
		String product = graph.op("Mul", out + ".zphi", z, phi);
		if (graph.type() == ElementType.FLOAT) {
			graph.op("Identity", out, product);
		} else {
			String below = graph.op("Less", out + ".below", z, graph.scalar(-GELU_CLIP));
			graph.op("Where", out, below, graph.scalar(0), product);
		}
	}

	private String phiByErf(String z, String out) {
		String erf = graph.op("Erf", out + ".erf", graph.op("Mul", out + ".scaled", z, graph.scalar(Math.sqrt(0.5))));
		return graph.op("Mul", out + ".phi", graph.scalar(0.5), graph.op("Add", out + ".onePlusErf", graph.scalar(1), erf));
	}

	/**
	 * Phi(c) = 1/2 + phi(c) c P(c^2), c = clip(z), P(w) = sum_n w^n / (2n+1)!! as
	 * MatMul(Pow(w[..., newaxis], [0..K]), coefficients): all terms are positive, so any order of
	 * summation is accurate. Not a Horner chain of scalar constants: ONNX Runtime's basic graph
	 * optimizations (1.29) merge the tiny coefficients (below float's range) into one value.
	 */
	private String phiBySeries(String z, String out) {
		String c = graph.op("Clip", out + ".clip", z, graph.scalar(-GELU_CLIP), graph.scalar(GELU_CLIP));
		String w = graph.op("Mul", out + ".w", c, c);
		double[] coefficient = new double[GELU_TERMS + 1];
		double[] exponent = new double[GELU_TERMS + 1];
		double doubleFactorial = 1;
		for (int n = 0; n <= GELU_TERMS; n++) {
			doubleFactorial *= n == 0 ? 1 : 2 * n + 1;
			coefficient[n] = 1 / doubleFactorial;
			exponent[n] = n;
		}
		long[] dims = { GELU_TERMS + 1 };
		String coefficients = graph.tensor(out + ".coefficients", dims, coefficient);
		String exponents = graph.tensor(out + ".exponents", dims, exponent);
		String lastAxis = out + ".lastAxis";
		graph.model().initializer(lastAxis, new long[] { 1 }, new long[] { -1 });
		String powers = graph.op("Pow", out + ".powers", graph.op("Unsqueeze", out + ".column", w, lastAxis), exponents);
		String p = graph.op("MatMul", out + ".series", powers, coefficients);
		String density = graph.op("Mul", out + ".density", graph.scalar(1 / Math.sqrt(2 * Math.PI)),
				graph.op("Exp", out + ".gauss", graph.op("Mul", out + ".halfw", w, graph.scalar(-0.5))));
		String tail = graph.op("Mul", out + ".tail", density, graph.op("Mul", out + ".cp", c, p));
		return graph.op("Add", out + ".phi", graph.scalar(0.5), tail);
	}
}
