package org.cheapnet.dsl.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Encodings checked against the examples of the Protocol Buffers encoding guide and by hand. */
class ProtobufWriterTest {

	@Test
	void varintFieldOf150IsTheGuidesExample() {
		// field 1, wire type 0: tag 0x08; 150 = 0b1_0010110 -> 0x96 0x01
		assertArrayEquals(bytes(0x08, 0x96, 0x01), new ProtobufWriter().varint(1, 150).toByteArray());
	}

	@Test
	void stringFieldIsTheGuidesExample() {
		// field 2, wire type 2: tag 0x12, length 7, "testing"
		assertArrayEquals(bytes(0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67),
				new ProtobufWriter().string(2, "testing").toByteArray());
	}

	@Test
	void embeddedMessageIsLengthDelimited() {
		// field 3 holding {1: 150}: tag 0x1a, length 3, then 08 96 01
		ProtobufWriter inner = new ProtobufWriter().varint(1, 150);
		assertArrayEquals(bytes(0x1a, 0x03, 0x08, 0x96, 0x01), new ProtobufWriter().message(3, inner).toByteArray());
	}

	@Test
	void negativeVarintTakesTenBytes() {
		// -1 as int64: ten bytes, nine 0xff and a final 0x01
		assertArrayEquals(bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
				new ProtobufWriter().varint(1, -1).toByteArray());
	}

	@Test
	void largeFieldNumbersTakeTwoByteTags() {
		// field 20 wire type 0: (20 << 3) = 160 = 0xa0 0x01; value 300 = 0xac 0x02
		assertArrayEquals(bytes(0xa0, 0x01, 0xac, 0x02), new ProtobufWriter().varint(20, 300).toByteArray());
	}

	@Test
	void fixedWidthValuesAreLittleEndian() {
		// 1.0 = 0x3ff0000000000000; 1.0f = 0x3f800000; tags (1 << 3 | 1) and (2 << 3 | 5)
		assertArrayEquals(bytes(0x09, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x15, 0, 0, 0x80, 0x3f),
				new ProtobufWriter().fixed64(1, 1.0).fixed32(2, 1.0f).toByteArray());
	}

	@Test
	void packedVarintsAreOneRun() {
		// field 4 packed {3, 270, 86942}: tag 0x22, length 6, 03 8e 02 9e a7 05 (the guide's example)
		assertArrayEquals(bytes(0x22, 0x06, 0x03, 0x8e, 0x02, 0x9e, 0xa7, 0x05),
				new ProtobufWriter().packedVarints(4, new long[] { 3, 270, 86942 }).toByteArray());
	}

	@Test
	void bufferGrowsPastItsInitialSize() {
		byte[] payload = new byte[100_000];
		payload[99_999] = 7;
		byte[] encoded = new ProtobufWriter().bytes(1, payload).toByteArray();
		// tag, then 100000 = 0xa0 0x8d 0x06, then the payload
		assertEquals(1 + 3 + 100_000, encoded.length);
		assertEquals(7, encoded[encoded.length - 1]);
		assertArrayEquals(bytes(0x0a, 0xa0, 0x8d, 0x06), java.util.Arrays.copyOf(encoded, 4));
	}

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}
}
