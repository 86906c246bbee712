package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The report's JSON writer, read back by the independent {@link JsonReader}. */
class JsonWriterTest {

	@Test
	void stringsWithQuotesBackslashesAndControlCharactersReadBackUnchanged() {
		List<String> strings = List.of("", "plain", "a\"b", "back\\slash", "line\nbreak\r\ttab", "\b\f",
				"\u0000\u0001\u001f", "unicode é ∑ 𝛽", "\u2028\u2029", "/slash");
		for (String s : strings) {
			String quoted = JsonWriter.quote(s);
			assertEquals(s, JsonReader.parse(quoted), quoted);
			for (char c : quoted.toCharArray()) {
				assertTrue(c >= 0x20, () -> "a raw control character in " + quoted);
			}
		}
	}

	@Test
	void integralNumbersHaveNoFractionAndEveryFiniteDoubleRoundTrips() {
		assertEquals("2", JsonWriter.number(2.0));
		assertEquals("-7", JsonWriter.number(-7.0));
		assertEquals("0", JsonWriter.number(0.0));
		assertEquals("9007199254740991", JsonWriter.number(0x1p53 - 1));
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
			if (!Double.isFinite(v)) {
				continue;
			}
			String text = JsonWriter.number(v);
			assertEquals(v, (Double) JsonReader.parse(text), text); // JSON grammar and the same double
		}
		for (double v : new double[] { 0.1, 1e-6, 6.02e23, Double.MIN_VALUE, Double.MAX_VALUE }) {
			assertEquals(v, (Double) JsonReader.parse(JsonWriter.number(v)));
		}
	}

	@Test
	void nonFiniteNumbersAreNull() {
		for (double v : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			assertEquals("null", JsonWriter.number(v));
		}
	}

	@Test
	void nestedObjectsAndArraysKeepTheirKeyOrder() {
		String text = new JsonWriter().beginObject()
				.member("z", 1)
				.member("a", "x")
				.key("list").beginArray().beginObject().member("k", true).endObject().beginObject().endObject().endArray()
				.member("names", List.of("p", "q\""))
				.member("numbers", new double[] { 0.25, Double.NaN, 3 })
				.member("counts", new long[] { 1, 2 })
				.key("empty").beginArray().endArray()
				.key("none").nullValue()
				.endObject().toString();
		Map<String, Object> object = JsonReader.object(JsonReader.parse(text));
		assertEquals(List.of("z", "a", "list", "names", "numbers", "counts", "empty", "none"), List.copyOf(object.keySet()));
		assertEquals(1.0, object.get("z"));
		assertEquals("x", object.get("a"));
		List<Object> list = JsonReader.array(object.get("list"));
		assertEquals(Map.of("k", true), list.get(0));
		assertEquals(Map.of(), list.get(1));
		assertEquals(List.of("p", "q\""), object.get("names"));
		assertEquals(Arrays.asList(0.25, null, 3.0), object.get("numbers"));
		assertEquals(List.of(1.0, 2.0), object.get("counts"));
		assertEquals(List.of(), object.get("empty"));
		assertNull(object.get("none"));
		assertTrue(object.containsKey("none"));
		assertTrue(text.endsWith("}\n"), text);
	}

	@Test
	void aSecondTopLevelValueIsRefused() {
		JsonWriter json = new JsonWriter().beginObject().endObject();
		assertThrows(IllegalStateException.class, json::beginObject);
	}

	@Test
	void theTestReaderRejectsWhatIsNotOneJsonValue() {
		// the report tests rely on these refusals
		for (String bad : List.of("{} {}", "{\"a\": 1,}", "{\"a\": 1, \"a\": 2}", "[1 2]", "01", "1.", "NaN", "'x'",
				"\"tab\there\"", "{\"a\" 1}", "")) {
			assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(bad), bad);
		}
	}
}
