package org.cheapnet.dsl.onnx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link OnnxModel} of one floating-point element type, with the conveniences the network
 * export needs: an operator call that returns its output's name, and scalar constants added once
 * per distinct value.
 */
final class GraphWriter {
	private final OnnxModel model;
	private final ElementType type;
	private final Map<Long, String> scalars = new HashMap<>();

	GraphWriter(OnnxModel model, ElementType type) {
		this.model = model;
		this.type = type;
	}

	OnnxModel model() {
		return model;
	}

	ElementType type() {
		return type;
	}

	/** out = opType(inputs...), no attributes; returns out. */
	String op(String opType, String out, String... inputs) {
		model.node(opType, List.of(inputs), List.of(out));
		return out;
	}

	/** A rank-0 constant of the element type, named after its index. */
	String scalar(double value) {
		return scalars.computeIfAbsent(Double.doubleToLongBits(value), bits -> {
			String name = "const" + scalars.size();
			model.initializer(name, type, new long[0], new double[] { value });
			return name;
		});
	}

	/** A constant matrix or vector of the element type. */
	String tensor(String name, long[] dims, double[] values) {
		model.initializer(name, type, dims, values);
		return name;
	}
}
