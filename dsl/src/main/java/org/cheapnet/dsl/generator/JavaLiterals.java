package org.cheapnet.dsl.generator;

/** Java source text for numbers and strings, exact and locale-independent. */
final class JavaLiterals {
	private JavaLiterals() {
	}

	/**
	 * A double literal that reads back as exactly d (Double.toString round-trips): "0.5",
	 * "-1.0E-6". Only finite values occur (the network builder rejects the others).
	 */
	static String of(double d) {
		if (!Double.isFinite(d)) {
			throw new IllegalArgumentException("not a finite number: " + d);
		}
		return Double.toString(d);
	}

	/** A long literal: "42L". */
	static String of(long n) {
		return n + "L";
	}

	/** A string literal with quotes, backslashes and control characters escaped. */
	static String of(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
