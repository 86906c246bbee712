package org.cheapnet.dsl.onnx;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;

/**
 * A bound on |ORT(x) - Interpreter(x)| for the same network at one input, from a forward
 * rounding-error analysis. With u the unit roundoff of the graph's type (2^-53 or 2^-24), u64 =
 * 2^-53 for the interpreter, gamma(n) = n u / (1 - n u) and n = the network's value count (no
 * dot product, folded or not, has more terms), node k with argument z = b + sum_e w_e v_e and
 * A_k = |b| + sum_e |w_e| |v_e| gets
 * <pre>
 *   dz_k = sum_e |w_e| E_src(e) + (2 gamma(n + 2) + gamma64(n + 2)) A_k
 *   E_k  = dz_k                                       (linear node)
 *   E_k  = L_k dz_k + 8 u (|s(z_k)| + |z_k| + 1)      (neuron)
 * </pre>
 * The sum over sources propagates the errors of earlier values; the first gamma term is the
 * graph's own summation in any order (MatMul blocks, FMA) with its weights stored in its type
 * (one more rounding) and linear nodes folded into products of weights (one more); the gamma64
 * term is the interpreter's summation; L_k = max |s'| near z_k (1/4 sigmoid, 1 tanh and
 * softplus, 1.1 SiLU, 1.13 GELU, e^(z + dz) exp); 8 u (|s| + |z| + 1) covers ONNX Runtime's
 * activation kernels and the composed softplus, SiLU and GELU (z Phi(z), Phi within 6e-16).
 * Outputs: E of the output value; a classifier's logit adds 2 u (|offset| + |H|); a probability
 * moves by at most 2 max_y E_logit + 8 u (the softmax's derivative dp_i = p_i (dl_i - sum_j p_j dl_j)).
 */
final class RoundingBound {
	static final double U64 = 0x1p-53;
	static final double U32 = 0x1p-24;

	private RoundingBound() {
	}

	/** Unit roundoff of a graph type. */
	static double unit(ElementType type) {
		return type == ElementType.FLOAT ? U32 : U64;
	}

	/** E of each output of the network at x. */
	static double[] outputs(Network network, double[] x, double u) {
		int n = network.valueCount();
		double[] v = new double[n];
		double[] error = new double[n];
		System.arraycopy(x, 0, v, 0, x.length);
		double gamma = 2 * gamma(n + 2, u) + gamma(n + 2, U64);
		for (int k = 0; k < network.nodeCount(); k++) {
			int[] sources = network.sources(k);
			double[] weights = network.weights(k);
			double z = network.bias(k);
			double magnitude = Math.abs(network.bias(k));
			double propagated = 0;
			for (int e = 0; e < sources.length; e++) {
				z += weights[e] * v[sources[e]];
				magnitude += Math.abs(weights[e] * v[sources[e]]);
				propagated += Math.abs(weights[e]) * error[sources[e]];
			}
			double dz = propagated + gamma * magnitude;
			int value = network.valueOfNode(k);
			Activation s = network.activation(k);
			if (s == null) {
				v[value] = z;
				error[value] = dz;
			} else {
				v[value] = s.value(z);
				error[value] = lipschitz(s, z, dz) * dz + 8 * u * (Math.abs(v[value]) + Math.abs(z) + 1);
			}
		}
		double[] out = new double[network.outputCount()];
		for (int o = 0; o < out.length; o++) {
			out[o] = error[network.output(o)];
		}
		return out;
	}

	/** max |s'| on [z - dz, z + dz], bounded above. */
	static double lipschitz(Activation s, double z, double dz) {
		return switch (s) {
		case SIGMOID -> 0.25;
		case TANH, SOFTPLUS -> 1;
		case SILU -> 1.1;
		case GELU -> 1.13;
		case EXP -> Math.exp(z + dz);
		};
	}

	static double gamma(int n, double u) {
		return n * u / (1 - n * u);
	}
}
