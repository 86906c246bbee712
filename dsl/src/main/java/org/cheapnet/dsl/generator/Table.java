package org.cheapnet.dsl.generator;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A constant array of the generated class, stored as Base64 text (ints and doubles big-endian,
 * doubles as their exact bits) and decoded once at class initialization. The text is cut into
 * chunks of {@link #CHUNK} characters: a class file holds a String constant of at most 65,535
 * UTF-8 bytes, and Base64 is ASCII.
 *
 * @param name    the Java field name, e.g. NET_WEIGHT
 * @param type    "int", "double" or "byte": the element type and the decoder's name
 * @param length  the number of elements
 * @param chunks  the Base64 text, in order
 */
record Table(String name, String type, int length, List<String> chunks) {
	static final int CHUNK = 60_000;

	static Table ints(String name, int[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
		buffer.asIntBuffer().put(values);
		return new Table(name, "int", values.length, chunks(buffer.array()));
	}

	static Table doubles(String name, double[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(8 * values.length);
		for (double v : values) {
			buffer.putLong(Double.doubleToRawLongBits(v));
		}
		return new Table(name, "double", values.length, chunks(buffer.array()));
	}

	static Table bytes(String name, byte[] values) {
		return new Table(name, "byte", values.length, chunks(values));
	}

	/** The chunks as Java string literals, one per line, each but the last followed by a comma. */
	List<String> literalLines() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < chunks.size(); i++) {
			lines.add('"' + chunks.get(i) + '"' + (i + 1 < chunks.size() ? "," : ""));
		}
		return lines;
	}

	private static List<String> chunks(byte[] bytes) {
		String text = Base64.getEncoder().encodeToString(bytes);
		List<String> chunks = new ArrayList<>();
		for (int start = 0; start < text.length(); start += CHUNK) {
			chunks.add(text.substring(start, Math.min(text.length(), start + CHUNK)));
		}
		if (chunks.isEmpty()) {
			chunks.add("");
		}
		return chunks;
	}
}
