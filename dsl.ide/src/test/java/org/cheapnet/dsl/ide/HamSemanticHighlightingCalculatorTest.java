package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.ham.HamFile;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class HamSemanticHighlightingCalculatorTest {
	private static final String TEXT = """
			model M { // c
			    lattice grid = square(3, 3) periodic
			    spin s on grid
			    param J = 1.5
			    @local(1) @symmetric(translation)
			    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b]
			}
			""";

	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ISemanticHighlightingCalculator calculator;

	/** The token ids at each offset. */
	private Map<Integer, List<String>> tokens() throws Exception {
		OpenDocument open = OpenDocument.open(parser, TEXT);
		Map<Integer, List<String>> tokens = new HashMap<>();
		calculator.provideHighlightingFor(open.resource(), (offset, length, ids) -> tokens.put(offset, List.of(ids)),
				CancelIndicator.NullImpl);
		return tokens;
	}

	private static List<String> at(Map<Integer, List<String>> tokens, String piece, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = TEXT.indexOf(piece, offset + 1);
		}
		return tokens.get(offset);
	}

	@Test
	void tokensSayWhatANameNames() throws Exception {
		Map<Integer, List<String>> tokens = tokens();
		assertEquals(List.of("keyword"), at(tokens, "model", 0));
		assertEquals(List.of("comment"), at(tokens, "// c", 0));
		assertEquals(List.of("type", "declaration"), at(tokens, "grid", 0));
		assertEquals(List.of("enumMember"), at(tokens, "square", 0));
		assertEquals(List.of("keyword"), at(tokens, "periodic", 0));
		assertEquals(List.of("type"), at(tokens, "grid", 1));
		assertEquals(List.of("number"), at(tokens, "1.5", 0));
		assertEquals(List.of("decorator"), at(tokens, "@local", 0));
		assertEquals(List.of("enumMember"), at(tokens, "translation", 0));
		assertEquals(List.of("function", "declaration"), at(tokens, "H =", 0));
		assertEquals(List.of("property"), at(tokens, "J *", 0));
		assertEquals(List.of("parameter", "declaration"), at(tokens, "a,", 0));
		assertEquals(List.of("variable"), at(tokens, "s[a]", 0));
		assertEquals(List.of("parameter"), at(tokens, "a]", 0));
	}
}
