package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;

/**
 * The network's batch code, one block of rows at a time: every value is a lane array (x[i] for
 * input i, v[k] for node k, v[nodes + g] for shared exponential g, as in {@link NetworkSections}),
 * element r being row r of the block, and every node is a few calls of the runtime's lane kernels
 * ({@code LaneAlgebra} for sums, {@code Lanes} for the sigmoid and exp), small methods that the
 * JIT compiles once and vectorizes. Per row a node adds the same terms in the same order as the
 * one-row code, so it rounds the same; only the exponentials differ (see
 * {@link SharedExponentials#everywhere}).
 */
final class LaneSections {
	/**
	 * The rows of one block: 256 rows of a node are 2 kB, so a unit cell's lanes stay in L1;
	 * shorter loops spend much of their time outside C2's vectorized main loop (measured: a
	 * polynomial loop costs 1.0 ns per row at 64 rows, 0.5 at 256).
	 */
	static final int LANES = 256;
	/** The most doubles of one block's lanes (16 MB): blocks get fewer rows when the inputs are many. */
	static final int BLOCK_DOUBLES = 1 << 21;
	/**
	 * The most inputs a translation-symmetric batch transposes into lanes once per block (then each
	 * cell only points at its inputs' lanes); above it, at most BLOCK_DOUBLES / LANES, the block
	 * would have fewer rows, so each cell copies its local inputs instead.
	 */
	static final int MAX_TRANSPOSED = BLOCK_DOUBLES / LANES / 2;
	/** The most terms of one kernel call (LaneAlgebra.affine and add take 1 to 4). */
	static final int TERMS_PER_CALL = 4;

	private LaneSections() {
	}

	/** The lane code of a network written as straight-line code. */
	static LaneSection of(Network network) {
		int n = network.inputCount();
		IntFunction<String> lane = value -> value < n ? "x[" + value + "]" : "v[" + (value - n) + "]";
		SharedExponentials shared = SharedExponentials.everywhere(network);
		StraightLineCode code = new StraightLineCode();
		TreeSet<Integer> read = new TreeSet<>();
		for (int k = 0; k < network.nodeCount(); k++) {
			String target = "v[" + k + "]";
			int[] sources = network.sources(k);
			double[] weights = network.weights(k);
			Activation activation = network.activation(k);
			if (shared.isShared(k)) {
				String exponential = "v[" + shared.slot(k) + "]";
				if (shared.isFirst(k)) {
					affine(code, exponential, 0, sources, shared.exponentWeights(k), lane);
					code.add("Lanes.exp(" + exponential + ", t, n);", 1);
				}
				String kernel = activation == Activation.SIGMOID ? (shared.divides(k) ? "logisticOfQuotient" : "logistic")
						: (shared.divides(k) ? "quotient" : "scale");
				code.add(call(kernel, target, JavaLiterals.of(shared.factor(k)) + ", " + exponential), 1);
			} else {
				affine(code, target, network.bias(k), sources, weights, lane);
				if (activation != null) {
					code.add(activation(activation, target), 1);
				}
			}
			for (int i = 0; i < sources.length; i++) {
				if (sources[i] < n && weights[i] != 0) {
					read.add(sources[i]);
				}
			}
		}
		List<String> outputs = new ArrayList<>();
		for (int o = 0; o < network.outputCount(); o++) {
			outputs.add(lane.apply(network.output(o)));
			if (network.output(o) < n) {
				read.add(network.output(o));
			}
		}
		return new LaneSection(network.nodeCount() + shared.count(), code.methods(), outputs,
				Table.ints("LANE_INPUTS", read.stream().mapToInt(Integer::intValue).toArray()));
	}

	/**
	 * target = constant + sum_i w_i source_i: LaneAlgebra.affine of the first (up to 4) terms,
	 * then add of the next ones, left to right as the one-row code adds them.
	 */
	private static void affine(StraightLineCode code, String target, double constant, int[] sources, double[] weights,
			IntFunction<String> lane) {
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < sources.length; i++) {
			if (weights[i] != 0) {
				terms.add(JavaLiterals.of(weights[i]) + ", " + lane.apply(sources[i]));
			}
		}
		if (terms.isEmpty()) {
			code.add(call("constant", target, JavaLiterals.of(constant)), 1);
			return;
		}
		for (int from = 0; from < terms.size(); from += TERMS_PER_CALL) {
			String first = from == 0 ? JavaLiterals.of(constant) + ", " : "";
			List<String> group = terms.subList(from, Math.min(terms.size(), from + TERMS_PER_CALL));
			code.add(call(from == 0 ? "affine" : "add", target, first + String.join(", ", group)), group.size());
		}
	}

	/** A lane's activation in place: a vectorized kernel for the sigmoid and exp, Activation.value for the others. */
	private static String activation(Activation activation, String target) {
		return switch (activation) {
		case SIGMOID -> "Lanes.sigmoid(" + target + ", t, n);";
		case EXP -> "Lanes.exp(" + target + ", t, n);";
		default -> "LaneAlgebra.activate(Activation." + activation.name() + ", " + target + ", n);";
		};
	}

	private static String call(String kernel, String target, String arguments) {
		return "LaneAlgebra." + kernel + "(" + target + ", " + arguments + ", n);";
	}
}
