package org.cheapnet.dsl.onnx;

/** The tensor element types an exported graph uses, with their ONNX TensorProto.DataType codes. */
public enum ElementType {
	/** float32, DataType FLOAT = 1. */
	FLOAT(1, 4),
	/** float64, DataType DOUBLE = 11. */
	DOUBLE(11, 8),
	/** int64 (indices and shapes), DataType INT64 = 7. */
	INT64(7, 8);

	private final int code;
	private final int bytes;

	ElementType(int code, int bytes) {
		this.code = code;
		this.bytes = bytes;
	}

	/** The TensorProto.DataType value. */
	int code() {
		return code;
	}

	/** Bytes per element in raw_data. */
	int bytes() {
		return bytes;
	}
}
