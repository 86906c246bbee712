package org.cheapnet.dsl.generator;

import java.util.List;

/**
 * The batch code of a straight-line network (see {@link LaneSections}): {@code methods} are the
 * bodies of {@code networkLanes0(x, v, t, n)}, ... run in order over lane arrays x (inputs) and
 * v ({@code slots} of them), with t a scratch lane; {@code outputs} are the lanes of the results.
 *
 * @param inputs LANE_INPUTS, the inputs the network reads (the only ones copied into lanes)
 */
record LaneSection(int slots, List<List<String>> methods, List<String> outputs, Table inputs) {

	LaneSection {
		methods = List.copyOf(methods);
		outputs = List.copyOf(outputs);
	}
}
