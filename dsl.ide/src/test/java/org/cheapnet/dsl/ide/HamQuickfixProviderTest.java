package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ide.quickfix.HamQuickfixProvider;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.inject.Inject;

/**
 * Each fix is applied as the language server applies it: the diagnostic made from the
 * validator's issue (range, code, data), the element at its start, the edits on the text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class HamQuickfixProviderTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private IQuickFixProvider quickfixes;

	/** Collects the text modifications the fix methods offer. */
	private static final class Offered extends DiagnosticResolutionAcceptor {
		final List<ITextModification> modifications = new ArrayList<>();

		Offered() {
			super(null);
		}

		@Override
		public void accept(String label, ITextModification modification) {
			modifications.add(modification);
		}
	}

	private String fix(String text, String code, boolean dataAsJson) throws Exception {
		return fix(text, code, 0, dataAsJson);
	}

	/** The text after the only fix of the occurrence-th issue with the code. */
	private String fix(String text, String code, int occurrence, boolean dataAsJson) throws Exception {
		OpenDocument open = OpenDocument.open(parser, text);
		Issue issue = validation.validate(open.file()).stream().filter(i -> code.equals(i.getCode())).skip(occurrence)
				.findFirst().orElseThrow(() -> new AssertionError("no " + code));
		Diagnostic diagnostic = new Diagnostic(new Range(open.document().getPosition(issue.getOffset()),
				open.document().getPosition(issue.getOffset() + issue.getLength())), issue.getMessage());
		diagnostic.setCode(code);
		diagnostic.setSeverity(org.eclipse.lsp4j.DiagnosticSeverity.Error);
		if (dataAsJson) {
			JsonArray json = new JsonArray();
			for (String datum : issue.getData()) {
				json.add(datum);
			}
			diagnostic.setData(json);
		} else {
			diagnostic.setData(issue.getData());
		}
		EObject at = new EObjectAtOffsetHelper().resolveContainedElementAt(open.resource(), issue.getOffset());
		Offered offered = new Offered();
		HamQuickfixProvider provider = (HamQuickfixProvider) quickfixes;
		for (Method method : provider.getFixMethods(diagnostic)) {
			method.invoke(provider, offered);
		}
		assertEquals(1, offered.modifications.size());
		List<TextEdit> edits = offered.modifications.get(0).apply(diagnostic, at, open.document());
		return TextEdits.apply(text, edits);
	}

	@Test
	void localityViolatedGetsTheNeededRadius() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(8) periodic
				    spin s on ring
				    @local(1) hamiltonian H = sum(i in ring) s[i] * s[i + 2]
				}
				""";
		// s[i] and s[i+2] on a ring of 8 are min(2, 8 - 2) = 2 apart
		assertEquals(text.replace("@local(1)", "@local(" + Math.min(2, 8 - 2) + ")"),
				fix(text, HamIssueCodes.LOCALITY_VIOLATED, false));
	}

	@Test
	void issueDataComingBackAsJsonWorksToo() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(8) periodic
				    spin s on ring
				    @local(0) hamiltonian H = sum(i in ring) s[i] * s[i + 3]
				}
				""";
		assertEquals(text.replace("@local(0)", "@local(3)"), fix(text, HamIssueCodes.LOCALITY_VIOLATED, true));
	}

	@Test
	void violatedSymmetryIsRemovedWithItsComma() throws Exception {
		// a field term is odd in s: translation holds, flip does not
		String text = """
				model M {
				    lattice ring = chain(4) periodic
				    spin s on ring
				    @symmetric(translation, flip) hamiltonian H = sum(i in ring) s[i]
				}
				""";
		assertEquals(text.replace("translation, flip", "translation"), fix(text, HamIssueCodes.SYMMETRY_VIOLATED, false));
	}

	@Test
	void firstOfTwoSymmetriesIsRemovedWithTheCommaAfterIt() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(4) open
				    spin s on ring
				    @symmetric(translation, flip) hamiltonian H = sum(i in ring) s[i] * s[i + 1]
				}
				""";
		assertEquals(text.replace("translation, flip", "flip"), fix(text, HamIssueCodes.SYMMETRY_NOT_APPLICABLE, false));
	}

	@Test
	void onlySymmetryOnItsOwnLineRemovesTheLine() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(4) periodic
				    spin s on ring
				    @symmetric(flip)
				    hamiltonian H = sum(i in ring) s[i]
				}
				""";
		assertEquals(text.replace("    @symmetric(flip)\n", ""), fix(text, HamIssueCodes.SYMMETRY_VIOLATED, false));
	}

	@Test
	void onlySymmetryOnTheDeclarationsLineRemovesTheAnnotation() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(4) periodic
				    spin s on ring
				    @local(0) @symmetric(flip) hamiltonian H = sum(i in ring) s[i]
				}
				""";
		assertEquals(text.replace("@symmetric(flip) ", ""), fix(text, HamIssueCodes.SYMMETRY_VIOLATED, false));
	}

	@Test
	void undeclaredLocalityIsDeclared() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(6) periodic
				    spin s on ring
				    hamiltonian H = -sum(<a, b> in ring) s[a] * s[b]
				}
				""";
		assertEquals(text.replace("hamiltonian H", "@local(1) hamiltonian H"),
				fix(text, HamIssueCodes.UNDECLARED_LOCALITY, true));
	}

	@Test
	void undeclaredSymmetryGetsAnAnnotation() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(6) periodic
				    spin s on ring
				    @local(1)
				    hamiltonian H = -sum(<a, b> in ring) s[a] * s[b]
				}
				""";
		// the infos come in the order translation, flip
		assertEquals(text.replace("hamiltonian H", "@symmetric(translation) hamiltonian H"),
				fix(text, HamIssueCodes.UNDECLARED_SYMMETRY, 0, false));
	}

	@Test
	void undeclaredSymmetryJoinsAnExistingAnnotation() throws Exception {
		String text = """
				model M {
				    lattice ring = chain(6) periodic
				    spin s on ring
				    @local(1) @symmetric(translation)
				    hamiltonian H = -sum(<a, b> in ring) s[a] * s[b]
				}
				""";
		assertEquals(text.replace("@symmetric(translation)", "@symmetric(translation, flip)"),
				fix(text, HamIssueCodes.UNDECLARED_SYMMETRY, false));
	}
}
