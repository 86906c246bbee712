package org.cheapnet.dsl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) for tests, written independently of {@link JsonWriter}:
 * objects become LinkedHashMaps (key order kept, duplicate keys rejected), arrays Lists, numbers
 * Doubles, plus Strings, Booleans and null. Anything but one value surrounded by whitespace is
 * an IllegalArgumentException.
 */
final class JsonReader {
	private final String text;
	private int pos;

	private JsonReader(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		JsonReader reader = new JsonReader(text);
		reader.whitespace();
		Object value = reader.value();
		reader.whitespace();
		if (reader.pos != text.length()) {
			throw reader.error("trailing text after the value");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException("not an object: " + value);
		}
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> array(Object value) {
		if (!(value instanceof List)) {
			throw new IllegalArgumentException("not an array: " + value);
		}
		return (List<Object>) value;
	}

	private Object value() {
		if (pos >= text.length()) {
			throw error("a value expected");
		}
		char c = text.charAt(pos);
		return switch (c) {
		case '{' -> objectValue();
		case '[' -> arrayValue();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> objectValue() {
		Map<String, Object> members = new LinkedHashMap<>();
		expect('{');
		whitespace();
		if (peek() == '}') {
			pos++;
			return members;
		}
		while (true) {
			whitespace();
			if (peek() != '"') {
				throw error("a key expected");
			}
			String key = string();
			whitespace();
			expect(':');
			whitespace();
			if (members.containsKey(key)) {
				throw error("duplicate key " + key);
			}
			members.put(key, value());
			whitespace();
			if (peek() == ',') {
				pos++;
			} else {
				expect('}');
				return members;
			}
		}
	}

	private List<Object> arrayValue() {
		List<Object> elements = new ArrayList<>();
		expect('[');
		whitespace();
		if (peek() == ']') {
			pos++;
			return elements;
		}
		while (true) {
			whitespace();
			elements.add(value());
			whitespace();
			if (peek() == ',') {
				pos++;
			} else {
				expect(']');
				return elements;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder s = new StringBuilder();
		while (true) {
			if (pos >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return s.toString();
			}
			if (c < 0x20) {
				throw error("unescaped control character");
			}
			if (c != '\\') {
				s.append(c);
				continue;
			}
			char e = pos < text.length() ? text.charAt(pos++) : '?';
			switch (e) {
			case '"', '\\', '/' -> s.append(e);
			case 'b' -> s.append('\b');
			case 'f' -> s.append('\f');
			case 'n' -> s.append('\n');
			case 'r' -> s.append('\r');
			case 't' -> s.append('\t');
			case 'u' -> {
				if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
					throw error("bad \\u escape");
				}
				s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
				pos += 4;
			}
			default -> throw error("bad escape \\" + e);
			}
		}
	}

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
			.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private Double number() {
		java.util.regex.Matcher m = NUMBER.matcher(text).region(pos, text.length());
		if (!m.lookingAt()) {
			throw error("a value expected");
		}
		pos = m.end();
		return Double.valueOf(m.group());
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("a value expected");
		}
		pos += word.length();
		return value;
	}

	private void whitespace() {
		while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("'" + c + "' expected");
		}
		pos++;
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(message + " at offset " + pos);
	}
}
