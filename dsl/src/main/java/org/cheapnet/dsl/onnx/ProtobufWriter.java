package org.cheapnet.dsl.onnx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Protocol Buffers wire format, the few encodings ONNX needs: a growing byte buffer to which
 * fields are appended as (tag, payload), tag = field number << 3 | wire type. Wire types: 0 varint
 * (int32, int64, enums; a negative number takes ten bytes, as protobuf sign-extends to 64 bits),
 * 1 fixed64 (double), 2 length-delimited (strings, bytes, embedded messages, packed repeated
 * fields), 5 fixed32 (float). Fixed-width values are little-endian. An embedded message is
 * written into its own writer first, so its length is known when it is appended.
 */
final class ProtobufWriter {
	private static final int VARINT = 0;
	private static final int FIXED64 = 1;
	private static final int LENGTH_DELIMITED = 2;
	private static final int FIXED32 = 5;

	private byte[] buffer = new byte[64];
	private int size;

	/** An int32, int64 or enum field. */
	ProtobufWriter varint(int field, long value) {
		tag(field, VARINT);
		rawVarint(value);
		return this;
	}

	/** A double field (wire type fixed64). */
	ProtobufWriter fixed64(int field, double value) {
		tag(field, FIXED64);
		rawLittleEndian(Double.doubleToRawLongBits(value), 8);
		return this;
	}

	/** A float field (wire type fixed32). */
	ProtobufWriter fixed32(int field, float value) {
		tag(field, FIXED32);
		rawLittleEndian(Float.floatToRawIntBits(value), 4);
		return this;
	}

	/** A bytes field. */
	ProtobufWriter bytes(int field, byte[] value) {
		tag(field, LENGTH_DELIMITED);
		rawVarint(value.length);
		append(value, value.length);
		return this;
	}

	/** A string field, UTF-8. */
	ProtobufWriter string(int field, String value) {
		return bytes(field, value.getBytes(StandardCharsets.UTF_8));
	}

	/** An embedded message field. */
	ProtobufWriter message(int field, ProtobufWriter message) {
		tag(field, LENGTH_DELIMITED);
		rawVarint(message.size);
		append(message.buffer, message.size);
		return this;
	}

	/** A packed repeated int64 field: one length-delimited run of varints. */
	ProtobufWriter packedVarints(int field, long[] values) {
		ProtobufWriter run = new ProtobufWriter();
		for (long v : values) {
			run.rawVarint(v);
		}
		tag(field, LENGTH_DELIMITED);
		rawVarint(run.size);
		append(run.buffer, run.size);
		return this;
	}

	int size() {
		return size;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(buffer, size);
	}

	private void tag(int field, int wireType) {
		if (field < 1) {
			throw new IllegalArgumentException("field number " + field);
		}
		rawVarint((long) field << 3 | wireType);
	}

	/** Seven bits at a time, least significant first; the high bit says more bytes follow. */
	private void rawVarint(long value) {
		ensure(10);
		while ((value & ~0x7FL) != 0) {
			buffer[size++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		buffer[size++] = (byte) value;
	}

	private void rawLittleEndian(long bits, int bytes) {
		ensure(bytes);
		for (int i = 0; i < bytes; i++) {
			buffer[size++] = (byte) (bits >>> (8 * i));
		}
	}

	private void append(byte[] bytes, int length) {
		ensure(length);
		System.arraycopy(bytes, 0, buffer, size, length);
		size += length;
	}

	private void ensure(int extra) {
		if (size + extra > buffer.length) {
			long wanted = Math.max((long) buffer.length * 2, (long) size + extra);
			if (wanted > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("a protobuf message over 2 GB");
			}
			buffer = Arrays.copyOf(buffer, (int) wanted);
		}
	}
}
