package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code hamc report FILE --html DIR}: the page is well-formed XML with inline SVG and nothing to
 * fetch, and the counts it shows are, key by key, the numbers of {@code --json} (read by the
 * independent test parser).
 */
class HamcReportHtmlTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "ising2d", "product", "classifier" })
	void pageIsWellFormedWithInlineSvgAndNothingToFetch(String model) throws Exception {
		Path page = writePage(model);
		String html = Files.readString(page, StandardCharsets.UTF_8);
		Document document = parse(html);
		NodeList svgs = document.getElementsByTagName("svg");
		// each declaration: the network, a sweep, deep against flat
		assertTrue(svgs.getLength() >= 3, "svg elements: " + svgs.getLength());
		for (int i = 0; i < svgs.getLength(); i++) {
			Element svg = (Element) svgs.item(i);
			assertEquals("http://www.w3.org/2000/svg", svg.getAttribute("xmlns"));
			assertTrue(Double.parseDouble(svg.getAttribute("width")) > 0);
			// the SVG alone is a document too
			assertNotNull(parse(serialize(svg)));
		}
		assertFalse(html.contains("<script"), "no script");
		assertFalse(html.replace("http://www.w3.org/", "").contains("http"), "nothing fetched");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ising2d", "product", "classifier" })
	void countsAreTheNumbersOfTheJsonReport(String model) throws Exception {
		Path file = ReportSubjects.EXAMPLES.resolve(model + ".ham");
		HamcRun json = HamcRun.of("report", file.toString(), "--json");
		assertEquals(0, json.status(), json.err());
		Map<String, Object> report = JsonReader.object(JsonReader.parse(json.out()));
		Document page = parse(Files.readString(writePage(model), StandardCharsets.UTF_8));
		int compared = 0;
		for (String kind : List.of("hamiltonians", "classifiers")) {
			for (Object e : JsonReader.array(report.get(kind))) {
				Map<String, Object> entry = JsonReader.object(e);
				Map<String, String> shown = countsOf(page, (String) entry.get("name"));
				for (Map.Entry<String, Object> member : entry.entrySet()) {
					String key = member.getKey();
					if (key.equals("timesMs")) {
						continue; // wall-clock times differ between two runs
					}
					if (member.getValue() instanceof Map<?, ?> nested) {
						for (Map.Entry<?, ?> inner : nested.entrySet()) {
							assertNumber((Double) inner.getValue(), shown.get(key + "." + inner.getKey()), key + "." + inner.getKey());
							compared++;
						}
					} else if (member.getValue() instanceof Double number) {
						assertNumber(number, shown.get(key), key);
						compared++;
					} else if (member.getValue() instanceof List<?> list) {
						String[] items = shown.get(key).split(", ");
						assertEquals(list.size(), items.length, key);
						for (int i = 0; i < items.length; i++) {
							assertEquals(String.valueOf(list.get(i)), list.get(i) instanceof Double d
									? String.valueOf(Double.parseDouble(items[i])) : items[i], key);
						}
					} else {
						assertEquals(String.valueOf(member.getValue()), shown.get(key), key);
					}
				}
			}
		}
		assertTrue(compared >= 20, "numbers compared: " + compared);
	}

	@Test
	void pageIsNamedAfterTheFileAndItsPathPrinted() {
		Path file = ReportSubjects.EXAMPLES.resolve("product.ham");
		Path out = dir.resolve("deeper/pages");
		HamcRun run = HamcRun.of("report", file.toString(), "--html", out.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals(List.of(out.resolve("product.html").toString()), run.outLines());
		assertTrue(Files.isRegularFile(out.resolve("product.html")));
		try (var files = java.nio.file.Files.list(out)) {
			assertEquals(1, files.count(), "no temporary file left");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void optionsThatExcludeEachOtherAreUsageErrors() {
		Path file = ReportSubjects.EXAMPLES.resolve("product.ham");
		assertEquals(2, HamcRun.of("report", file.toString(), "--json", "--dot").status());
		assertEquals(2, HamcRun.of("report", file.toString(), "--html").status());
		assertEquals(2, HamcRun.of("report", file.toString(), "--hamiltonian", "Product.H").status());
	}

	private Path writePage(String model) {
		HamcRun run = HamcRun.of("report", ReportSubjects.EXAMPLES.resolve(model + ".ham").toString(), "--html", dir.toString());
		assertEquals(0, run.status(), run.err());
		return dir.resolve(model + ".html");
	}

	/** The counts table of one declaration's section: key -> value text. */
	private static Map<String, String> countsOf(Document page, String name) {
		Map<String, String> counts = new HashMap<>();
		NodeList sections = page.getElementsByTagName("section");
		for (int s = 0; s < sections.getLength(); s++) {
			Element section = (Element) sections.item(s);
			if (!section.getAttribute("id").equals(name)) {
				continue;
			}
			NodeList tables = section.getElementsByTagName("table");
			for (int t = 0; t < tables.getLength(); t++) {
				Element table = (Element) tables.item(t);
				if (!table.getAttribute("class").equals("counts")) {
					continue;
				}
				NodeList cells = table.getElementsByTagName("td");
				for (int c = 0; c + 2 < cells.getLength(); c += 3) {
					counts.put(cells.item(c).getTextContent(), cells.item(c + 1).getTextContent());
				}
			}
		}
		assertFalse(counts.isEmpty(), "no counts for " + name);
		return counts;
	}

	private static void assertNumber(Double expected, String shown, String key) {
		assertNotNull(shown, key + " not on the page");
		if (expected == null) {
			assertEquals("null", shown, key);
		} else {
			assertEquals(expected, Double.parseDouble(shown), 0.0, key);
		}
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String serialize(Element element) throws Exception {
		var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
		var writer = new java.io.StringWriter();
		transformer.transform(new javax.xml.transform.dom.DOMSource(element), new javax.xml.transform.stream.StreamResult(writer));
		return writer.toString();
	}
}
