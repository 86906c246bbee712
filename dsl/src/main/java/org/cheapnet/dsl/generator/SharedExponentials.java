package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;

/**
 * One Math.exp for several neurons: neurons that read the same sources with the same weights up
 * to a common sign, z_k = b_k + sigma_k t with t = sum_i w_i v_i and sigma_k = +-1, differ only in
 * their bias. For the sigmoid, e^-z_k = K_k E^sigma_k with E = e^-t and the constant
 * K_k = e^-b_k, so s(z_k) = 1 / (1 + K_k E) or 1 / (1 + K_k / E); for exp, e^z_k = K_k E^sigma_k
 * with E = e^t and K_k = e^b_k. A product gate's four neurons need two exponentials, a square
 * gate's two or a spin pair's two threshold neurons one. Overflow is harmless: E = +inf or 0
 * gives the sigmoid's limits 0 and 1. The constants are StrictMath values, so the generated
 * code does not depend on the JVM that generated it; a bias beyond +-{@link #MAX_BIAS} keeps the
 * plain formula (K would overflow).
 *
 * <p>The factored formula rounds differently from the interpreter's s(b + t) (both about 1 ulp).
 * Only neurons whose rounding reaches the outputs with a gain of at most {@link #MAX_GAIN} share
 * exponentials, so the generated network agrees with the interpreter to about 1e-13 of the
 * scale: the threshold gates of bits and spins (output weights about 2). The product and square
 * gates divide by l^2 s''(a), a gain near 1e8 (their cancellation), and keep one exponential per
 * neuron.
 */
final class SharedExponentials {
	static final double MAX_BIAS = 700;
	static final double MAX_GAIN = 1e3;

	/** The neurons' common part: activation, sources and weights with the first non-zero weight positive. */
	private record Key(Activation activation, List<Integer> sources, List<Double> weights) {
	}

	private final Network network;
	/** Per node: its slot in v (nodes + group), or -1 if it computes its own activation. */
	private final int[] slot;
	private final boolean[] first;
	private final int[] sign;
	private int count;

	/** The groups of the one-row code: neurons with a gain of at most MAX_GAIN, two or more per group. */
	SharedExponentials(Network network) {
		this(network, MAX_GAIN, 2);
	}

	/**
	 * The lane code's groups: every sigmoid and exp neuron, alone or not, whatever its gain. Its
	 * exponential then reads the neuron's input without the bias, which is near 0 in the smooth
	 * gates, where the runtime's Lanes.exp needs no range reduction. The lane code rounds
	 * differently from the interpreter anyway (its exponential is not Math.exp); the difference
	 * stays within the network's rounding-error bound.
	 */
	static SharedExponentials everywhere(Network network) {
		return new SharedExponentials(network, Double.POSITIVE_INFINITY, 1);
	}

	private SharedExponentials(Network network, double maxGain, int minMembers) {
		this.network = network;
		int nodes = network.nodeCount();
		slot = new int[nodes];
		first = new boolean[nodes];
		sign = new int[nodes];
		Map<Key, List<Integer>> groups = new HashMap<>();
		List<Key> order = new ArrayList<>();
		double[] gain = gains(network);
		for (int k = 0; k < nodes; k++) {
			slot[k] = -1;
			Key key = gain[network.valueOfNode(k)] <= maxGain ? key(k) : null;
			if (key != null) {
				groups.computeIfAbsent(key, x -> {
					order.add(x);
					return new ArrayList<>();
				}).add(k);
			}
		}
		for (Key key : order) {
			List<Integer> members = groups.get(key);
			if (members.size() < minMembers) {
				continue;
			}
			for (int k : members) {
				slot[k] = nodes + count;
			}
			first[members.get(0)] = true;
			count++;
		}
	}

	/**
	 * An upper bound of |d outputs / d value| for every value: 1 at an output, else the largest
	 * |w| gain(reader) over the nodes that read it (a sigmoid's slope is at most 1/4, exp's is
	 * bounded by the value itself: both taken as 1).
	 */
	private static double[] gains(Network network) {
		double[] gain = new double[network.valueCount()];
		for (int o = 0; o < network.outputCount(); o++) {
			gain[network.output(o)] = Math.max(gain[network.output(o)], 1);
		}
		for (int k = network.nodeCount() - 1; k >= 0; k--) {
			double g = gain[network.valueOfNode(k)];
			int[] sources = network.sources(k);
			double[] weights = network.weights(k);
			for (int i = 0; i < sources.length; i++) {
				gain[sources[i]] = Math.max(gain[sources[i]], Math.abs(weights[i]) * g);
			}
		}
		return gain;
	}

	private Key key(int k) {
		Activation a = network.activation(k);
		double[] w = network.weights(k);
		if ((a != Activation.SIGMOID && a != Activation.EXP) || !StraightLineCode.fits(w)
				|| !(Math.abs(network.bias(k)) <= MAX_BIAS)) {
			return null;
		}
		int s = 0;
		for (double weight : w) {
			if (weight != 0) {
				s = weight > 0 ? 1 : -1;
				break;
			}
		}
		if (s == 0) {
			return null; // a constant neuron
		}
		sign[k] = s;
		List<Integer> sources = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		int[] src = network.sources(k);
		for (int i = 0; i < w.length; i++) {
			if (w[i] != 0) {
				sources.add(src[i]);
				weights.add(s * w[i]);
			}
		}
		return new Key(a, sources, weights);
	}

	/** The number of shared exponentials (extra slots of v). */
	int count() {
		return count;
	}

	boolean isShared(int k) {
		return slot[k] >= 0;
	}

	/** Whether node k is its group's first, which computes the exponential. */
	boolean isFirst(int k) {
		return first[k];
	}

	int slot(int k) {
		return slot[k];
	}

	/** The weights w_i of the exponent, over node k's sources: -sigma w for the sigmoid (E = e^-t), sigma w for exp. */
	double[] exponentWeights(int k) {
		double[] w = network.weights(k);
		double factor = network.activation(k) == Activation.SIGMOID ? -sign[k] : sign[k];
		double[] result = new double[w.length];
		for (int i = 0; i < w.length; i++) {
			result[i] = factor * w[i] + 0.0; // + 0.0: no -0.0
		}
		return result;
	}

	/** K_k = e^-b_k (sigmoid) or e^b_k (exp): node k's value is 1 / (1 + K E^sigma) or K E^sigma. */
	double factor(int k) {
		double b = network.bias(k);
		return b == 0 ? 1 : StrictMath.exp(network.activation(k) == Activation.SIGMOID ? -b : b);
	}

	/** Whether node k divides by E (sigma = -1) rather than multiplies. */
	boolean divides(int k) {
		return sign[k] < 0;
	}

	/** Node k's value from its group's exponential E (see the class comment). */
	String formula(int k, String exponential) {
		double b = network.bias(k);
		boolean sigmoid = network.activation(k) == Activation.SIGMOID;
		String scaled = b == 0 ? exponential
				: JavaLiterals.of(StrictMath.exp(sigmoid ? -b : b)) + (sign[k] > 0 ? " * " : " / ") + exponential;
		if (b == 0 && sign[k] < 0) {
			scaled = "1.0 / " + exponential;
		}
		return sigmoid ? "1.0 / (1.0 + " + scaled + ")" : scaled;
	}
}
