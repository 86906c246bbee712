package org.cheapnet.dsl.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an ONNX ModelProto (onnx.proto, IR version 8, default-domain opset 17) from the few
 * messages a feed-forward graph needs: nodes, initializers (TensorProto with raw_data),
 * graph inputs and outputs (ValueInfoProto with a tensor TypeProto and TensorShapeProto), the
 * opset import and metadata. Nodes must be added in topological order. Field numbers are those
 * of onnx.proto; each is named where it is written.
 */
public final class OnnxModel {
	public static final int IR_VERSION = 8;
	public static final int OPSET = 17;
	/** The name of the symbolic batch dimension. */
	public static final String BATCH = "N";

	private final ProtobufWriter graph = new ProtobufWriter();
	private final List<ProtobufWriter> metadata = new ArrayList<>();
	private final String producerVersion;
	private String docString = "";
	private int nodes;

	/** A model whose graph is called graphName, produced by CheapNet of the given version. */
	public OnnxModel(String graphName, String producerVersion) {
		this.producerVersion = producerVersion;
		graph.string(2, graphName); // GraphProto.name
	}

	/** A node attribute of type INT (AttributeProto name = 1, i = 3, type = 20; AttributeType INT = 2). */
	public record Attribute(String name, long value) {
		ProtobufWriter encode() {
			return new ProtobufWriter().string(1, name).varint(20, 2).varint(3, value);
		}
	}

	public OnnxModel docString(String text) {
		this.docString = text;
		return this;
	}

	/** A metadata_props entry (StringStringEntryProto key = 1, value = 2). */
	public OnnxModel metadata(String key, String value) {
		metadata.add(new ProtobufWriter().string(1, key).string(2, value));
		return this;
	}

	/** A graph input; a negative dimension is the symbolic batch dimension {@link #BATCH}. */
	public OnnxModel input(String name, ElementType type, long[] dims, String doc) {
		graph.message(11, valueInfo(name, type, dims, doc)); // GraphProto.input
		return this;
	}

	/** A graph output; a negative dimension is the symbolic batch dimension {@link #BATCH}. */
	public OnnxModel output(String name, ElementType type, long[] dims, String doc) {
		graph.message(12, valueInfo(name, type, dims, doc)); // GraphProto.output
		return this;
	}

	/** A constant tensor of floating-point values, rounded to float for {@link ElementType#FLOAT}. */
	public OnnxModel initializer(String name, ElementType type, long[] dims, double[] values) {
		checkCount(dims, values.length);
		ByteBuffer raw = ByteBuffer.allocate(values.length * type.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		for (double v : values) {
			switch (type) {
			case FLOAT -> raw.putFloat((float) v);
			case DOUBLE -> raw.putDouble(v);
			case INT64 -> throw new IllegalArgumentException("int64 values need the long[] initializer");
			}
		}
		graph.message(5, tensor(name, type, dims, raw.array())); // GraphProto.initializer
		return this;
	}

	/** A constant int64 tensor (indices, shapes, axes). */
	public OnnxModel initializer(String name, long[] dims, long[] values) {
		checkCount(dims, values.length);
		ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
		for (long v : values) {
			raw.putLong(v);
		}
		graph.message(5, tensor(name, ElementType.INT64, dims, raw.array()));
		return this;
	}

	/** A node of the default domain: outputs = opType(inputs), named opType + its index. */
	public OnnxModel node(String opType, List<String> inputs, List<String> outputs, Attribute... attributes) {
		ProtobufWriter node = new ProtobufWriter();
		inputs.forEach(i -> node.string(1, i)); // NodeProto.input
		outputs.forEach(o -> node.string(2, o)); // NodeProto.output
		node.string(3, opType + "_" + nodes++); // NodeProto.name
		node.string(4, opType); // NodeProto.op_type
		for (Attribute a : attributes) {
			node.message(5, a.encode()); // NodeProto.attribute
		}
		graph.message(1, node); // GraphProto.node
		return this;
	}

	/** The number of nodes so far. */
	public int nodeCount() {
		return nodes;
	}

	/** The serialized ModelProto. */
	public byte[] toByteArray() {
		ProtobufWriter model = new ProtobufWriter();
		model.varint(1, IR_VERSION); // ModelProto.ir_version
		model.message(8, new ProtobufWriter().string(1, "").varint(2, OPSET)); // opset_import {domain, version}
		model.string(2, "CheapNet"); // producer_name
		model.string(3, producerVersion); // producer_version
		if (!docString.isEmpty()) {
			model.string(6, docString); // doc_string
		}
		model.message(7, graph); // graph
		metadata.forEach(entry -> model.message(14, entry)); // metadata_props
		return model.toByteArray();
	}

	/** TensorProto: dims = 1, data_type = 2, name = 8, raw_data = 9. */
	private static ProtobufWriter tensor(String name, ElementType type, long[] dims, byte[] raw) {
		ProtobufWriter t = new ProtobufWriter();
		for (long d : dims) {
			t.varint(1, d);
		}
		t.varint(2, type.code());
		t.string(8, name);
		t.bytes(9, raw);
		return t;
	}

	/**
	 * ValueInfoProto {name = 1, type = 2, doc_string = 3}; TypeProto {tensor_type = 1};
	 * TypeProto.Tensor {elem_type = 1, shape = 2}; TensorShapeProto {dim = 1};
	 * Dimension {dim_value = 1 | dim_param = 2}.
	 */
	private static ProtobufWriter valueInfo(String name, ElementType type, long[] dims, String doc) {
		ProtobufWriter shape = new ProtobufWriter();
		for (long d : dims) {
			ProtobufWriter dim = new ProtobufWriter();
			if (d < 0) {
				dim.string(2, BATCH);
			} else {
				dim.varint(1, d);
			}
			shape.message(1, dim);
		}
		ProtobufWriter tensorType = new ProtobufWriter().varint(1, type.code()).message(2, shape);
		ProtobufWriter info = new ProtobufWriter().string(1, name).message(2, new ProtobufWriter().message(1, tensorType));
		if (doc != null && !doc.isEmpty()) {
			info.string(3, doc);
		}
		return info;
	}

	private static void checkCount(long[] dims, int count) {
		long product = 1;
		for (long d : dims) {
			product *= d;
		}
		if (product != count) {
			throw new IllegalArgumentException(count + " values for dimensions of " + product + " elements");
		}
	}
}
