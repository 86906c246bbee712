package org.cheapnet.dsl.ide.quickfix;

import java.util.List;

import org.cheapnet.dsl.ham.Annotation;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.SymmetricAnnotation;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes, keyed by the validator's issue codes; each is a text edit computed from the
 * diagnostic's range and issue data and the node model of the element it is on.
 */
public class HamQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(HamIssueCodes.LOCALITY_VIOLATED)
	public void useNeededRadius(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Change the radius to the one the terms need", (diagnostic, object, document) -> {
			String radius = IssueData.get(diagnostic, 0);
			return radius == null ? List.of() : createTextEdit(diagnostic, radius);
		});
	}

	@QuickFix(HamIssueCodes.SYMMETRY_VIOLATED)
	public void removeViolatedSymmetry(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove the symmetry", this::removeSymmetry);
	}

	@QuickFix(HamIssueCodes.SYMMETRY_NOT_APPLICABLE)
	public void removeInapplicableSymmetry(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove the symmetry", this::removeSymmetry);
	}

	@QuickFix(HamIssueCodes.UNDECLARED_LOCALITY)
	public void declareLocality(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the locality", (diagnostic, object, document) -> {
			String radius = IssueData.get(diagnostic, 0);
			return radius == null ? List.of() : insertAnnotation(object, "@local(" + radius + ") ", document);
		});
	}

	@QuickFix(HamIssueCodes.UNDECLARED_SYMMETRY)
	public void declareSymmetry(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the symmetry", (diagnostic, object, document) -> {
			String name = IssueData.get(diagnostic, 0);
			Hamiltonian hamiltonian = EcoreUtil2.getContainerOfType(object, Hamiltonian.class);
			if (name == null || hamiltonian == null) {
				return List.of();
			}
			for (Annotation annotation : hamiltonian.getAnnotations()) {
				if (annotation instanceof SymmetricAnnotation symmetric) {
					ILeafNode close = lastKeyword(NodeModelUtils.getNode(symmetric), ")");
					return close == null ? List.of() : List.of(insert(document, close.getOffset(), ", " + name));
				}
			}
			return insertAnnotation(hamiltonian, "@symmetric(" + name + ") ", document);
		});
	}

	/** Removes the symmetry the diagnostic is on, with its comma; the whole annotation if it is the only one. */
	private List<TextEdit> removeSymmetry(Diagnostic diagnostic, EObject object, Document document) {
		SymmetricAnnotation annotation = EcoreUtil2.getContainerOfType(object, SymmetricAnnotation.class);
		if (annotation == null) {
			return List.of();
		}
		List<INode> names = NodeModelUtils.findNodesForFeature(annotation, HamPackage.Literals.SYMMETRIC_ANNOTATION__SYMMETRIES);
		if (names.size() == 1) {
			INode node = NodeModelUtils.getNode(annotation);
			int[] range = withSpaces(document.getContents(), node.getOffset(), node.getEndOffset());
			return List.of(delete(document, range[0], range[1]));
		}
		int start = document.getOffSet(diagnostic.getRange().getStart());
		for (int i = 0; i < names.size(); i++) {
			INode name = names.get(i);
			if (name.getOffset() == start) {
				return List.of(i == 0 ? delete(document, name.getOffset(), names.get(1).getOffset())
						: delete(document, names.get(i - 1).getEndOffset(), name.getEndOffset()));
			}
		}
		return List.of();
	}

	private List<TextEdit> insertAnnotation(EObject object, String annotation, Document document) {
		Hamiltonian hamiltonian = EcoreUtil2.getContainerOfType(object, Hamiltonian.class);
		ILeafNode keyword = hamiltonian == null ? null : firstKeyword(NodeModelUtils.getNode(hamiltonian), "hamiltonian");
		return keyword == null ? List.of() : List.of(insert(document, keyword.getOffset(), annotation));
	}

	/**
	 * The text [from, to) with the spaces that would be left over: the whole line if it holds
	 * nothing else, the spaces before it at the end of a line, else the spaces after it.
	 */
	static int[] withSpaces(String text, int from, int to) {
		int start = from;
		while (start > 0 && isBlank(text.charAt(start - 1))) {
			start--;
		}
		int end = to;
		while (end < text.length() && isBlank(text.charAt(end))) {
			end++;
		}
		boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
		boolean lineEnd = end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
		if (lineStart && lineEnd) {
			return new int[] { start, text.startsWith("\r\n", end) ? end + 2 : Math.min(end + 1, text.length()) };
		}
		return lineEnd ? new int[] { start, end } : new int[] { from, end };
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

	private static ILeafNode firstKeyword(INode node, String keyword) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) {
				return leaf;
			}
		}
		return null;
	}

	private static ILeafNode lastKeyword(INode node, String keyword) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) {
				last = leaf;
			}
		}
		return last;
	}

	private static TextEdit insert(Document document, int offset, String text) {
		return new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset)), text);
	}

	private static TextEdit delete(Document document, int from, int to) {
		return new TextEdit(new Range(document.getPosition(from), document.getPosition(to)), "");
	}
}
