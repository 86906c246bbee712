package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cheapnet.dsl.ham.HamFile;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class HamContentProposalProviderTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ContentAssistService contentAssist;

	private Set<String> labels(String textWithCursor) throws Exception {
		OpenDocument open = OpenDocument.open(parser, textWithCursor);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier("file:///model.ham"), open.cursorPosition());
		List<CompletionItem> items = contentAssist.createCompletionList(open.document(), open.resource(), params,
				CancelIndicator.NullImpl).getItems();
		return items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
	}

	private static void assertOffers(Set<String> labels, String... expected) {
		for (String label : expected) {
			assertTrue(labels.contains(label), label + " not among " + labels);
		}
	}

	@Test
	void annotationNamesAfterAt() throws Exception {
		Set<String> labels = labels("""
				model M {
				    @|
				}
				""");
		assertOffers(labels, "@local", "@symmetric", "@tolerance", "@activation", "@depth");
		assertTrue(!labels.contains("@"), labels.toString());
	}

	@Test
	void annotationNamesMatchingAPrefix() throws Exception {
		Set<String> labels = labels("""
				model M {
				    @sy|
				}
				""");
		assertOffers(labels, "@symmetric");
		assertTrue(!labels.contains("@local"), labels.toString());
	}

	@Test
	void annotationNamesAfterAnAtAndASpace() throws Exception {
		assertOffers(labels("""
				model M {
				    @ |
				}
				"""), "local", "symmetric", "tolerance", "activation", "depth");
	}

	@Test
	void annotationKeywordsWhereADeclarationMayStart() throws Exception {
		assertOffers(labels("""
				model M {
				    |
				}
				"""), "@local", "@symmetric", "@tolerance", "@activation", "@depth", "hamiltonian", "lattice", "spin");
	}

	@Test
	void symmetriesInsideSymmetric() throws Exception {
		assertOffers(labels("""
				model M {
				    @symmetric(|
				}
				"""), "translation", "flip", "reflection", "rotation", "permutation");
	}

	@Test
	void secondSymmetryAfterAComma() throws Exception {
		assertOffers(labels("""
				model M {
				    @symmetric(flip, |)
				    hamiltonian H = 1
				}
				"""), "translation", "rotation");
	}

	@Test
	void activationsInsideActivation() throws Exception {
		assertOffers(labels("""
				model M {
				    @activation(|
				}
				"""), org.cheapnet.dsl.lang.Activations.NAMES.toArray(String[]::new));
	}

	@Test
	void latticeShapesAfterTheEquals() throws Exception {
		assertOffers(labels("""
				model M {
				    lattice c = |
				}
				"""), "chain", "square", "cubic");
	}

	@Test
	void namesInScopeIncludeTheModelsDeclarationsAndTheSumsIndex() throws Exception {
		Set<String> labels = labels("""
				model M {
				    lattice ring = chain(4) periodic
				    spin s on ring
				    param J = 1
				    hamiltonian H = -J * sum(i in ring) s[|
				}
				""");
		assertOffers(labels, "ring", "s", "J", "i");
	}

	@Test
	void anIndexIsNotInScopeOutsideItsSum() throws Exception {
		Set<String> labels = labels("""
				model M {
				    lattice ring = chain(4) periodic
				    spin s on ring
				    hamiltonian H = sum(i in ring) s[i] + s[|
				}
				""");
		assertOffers(labels, "ring", "s");
		assertTrue(!labels.contains("i"), labels.toString());
	}

	@Test
	void namesOfOtherModelsAreNotInScope() throws Exception {
		Set<String> labels = labels("""
				model A {
				    spin other
				}
				model B {
				    spin mine
				    hamiltonian H = |
				}
				""");
		assertOffers(labels, "mine");
		assertTrue(!labels.contains("other"), labels.toString());
	}
}
