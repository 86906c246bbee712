package org.cheapnet.dsl.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A tiny streaming JSON writer (RFC 8259), pretty-printed with two-space indentation. Keys come
 * out in the order they are written, so the output is deterministic. Numbers: integers as
 * integers, other doubles as Java's shortest round-trip text ({@link Double#toString}, e.g.
 * 0.1, 1.0E-6), integral doubles below 2^53 without ".0", NaN and the infinities as null.
 */
public final class JsonWriter {
	private final StringBuilder text = new StringBuilder();
	/** One entry per open object or array: whether it already has a member. */
	private final Deque<boolean[]> open = new ArrayDeque<>();
	/** A key was just written: the next value goes on the same line. */
	private boolean afterKey;

	JsonWriter beginObject() {
		return begin('{');
	}

	JsonWriter endObject() {
		return end('}');
	}

	JsonWriter beginArray() {
		return begin('[');
	}

	JsonWriter endArray() {
		return end(']');
	}

	/** The key of the next member of the current object. */
	JsonWriter key(String key) {
		separate();
		string(key);
		text.append(": ");
		afterKey = true;
		return this;
	}

	JsonWriter value(String s) {
		separate();
		if (s == null) {
			text.append("null");
		} else {
			string(s);
		}
		return this;
	}

	JsonWriter value(long n) {
		separate();
		text.append(n);
		return this;
	}

	JsonWriter value(double v) {
		separate();
		text.append(number(v));
		return this;
	}

	JsonWriter value(boolean b) {
		separate();
		text.append(b);
		return this;
	}

	JsonWriter nullValue() {
		separate();
		text.append("null");
		return this;
	}

	JsonWriter member(String key, String s) {
		return key(key).value(s);
	}

	JsonWriter member(String key, long n) {
		return key(key).value(n);
	}

	JsonWriter member(String key, double v) {
		return key(key).value(v);
	}

	JsonWriter member(String key, boolean b) {
		return key(key).value(b);
	}

	/** An array of strings on one line. */
	JsonWriter member(String key, List<String> strings) {
		key(key).beginInlineArray();
		for (int i = 0; i < strings.size(); i++) {
			text.append(i == 0 ? "" : ", ");
			string(strings.get(i));
		}
		text.append(']');
		return this;
	}

	/** An array of numbers on one line. */
	JsonWriter member(String key, double[] numbers) {
		key(key).beginInlineArray();
		for (int i = 0; i < numbers.length; i++) {
			text.append(i == 0 ? "" : ", ").append(number(numbers[i]));
		}
		text.append(']');
		return this;
	}

	/** An array of integers on one line. */
	JsonWriter member(String key, long[] numbers) {
		key(key).beginInlineArray();
		for (int i = 0; i < numbers.length; i++) {
			text.append(i == 0 ? "" : ", ").append(numbers[i]);
		}
		text.append(']');
		return this;
	}

	/** The document written so far, with a final newline once everything is closed. */
	@Override
	public String toString() {
		return open.isEmpty() ? text + "\n" : text.toString();
	}

	/** A double as a JSON number: integral values below 2^53 as integers, non-finite ones as null. */
	public static String number(double v) {
		if (!Double.isFinite(v)) {
			return "null";
		}
		if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
			return Long.toString((long) v);
		}
		return Double.toString(v); // "1.0E-6" is valid JSON
	}

	/** A JSON string literal: quotes, backslashes and control characters escaped; other characters as they are. */
	static String quote(String s) {
		StringBuilder out = new StringBuilder(s.length() + 2);
		appendQuoted(out, s);
		return out.toString();
	}

	private void string(String s) {
		appendQuoted(text, s);
	}

	private static void appendQuoted(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				// U+2028/2029 are legal JSON but break JavaScript string literals: escape them too
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	private JsonWriter begin(char bracket) {
		separate();
		text.append(bracket);
		open.push(new boolean[1]);
		return this;
	}

	private void beginInlineArray() {
		separate();
		text.append('[');
	}

	private JsonWriter end(char bracket) {
		if (open.isEmpty()) {
			throw new IllegalStateException("nothing to close with " + bracket);
		}
		boolean nonEmpty = open.pop()[0];
		if (nonEmpty) {
			newline();
		}
		text.append(bracket);
		return this;
	}

	/** Before a key, or a value not preceded by its key: a comma after an earlier member, then a new line. */
	private void separate() {
		if (afterKey) {
			afterKey = false;
			return;
		}
		if (open.isEmpty()) {
			if (text.length() > 0) {
				throw new IllegalStateException("a JSON document has one top-level value");
			}
			return;
		}
		boolean[] hasMember = open.peek();
		if (hasMember[0]) {
			text.append(',');
		}
		hasMember[0] = true;
		newline();
	}

	private void newline() {
		text.append('\n').append("  ".repeat(open.size()));
	}
}
