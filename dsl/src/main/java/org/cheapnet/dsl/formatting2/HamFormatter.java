package org.cheapnet.dsl.formatting2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.cheapnet.dsl.ham.Binary;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The .ham layout: one declaration per line, 4 spaces of indentation inside {@code model { }} and
 * {@code classifier { }} (and one more level for an expression continued on the next line),
 * single spaces around {@code + - * /} and after commas, no space inside brackets, before a
 * call's parenthesis ({@code square(}, {@code sum(}, {@code @local(}), around {@code ^} and
 * {@code ..}, or after a unary minus. Line breaks before a binary operator, after annotations and
 * one blank line between declarations are kept. A {@code //} comment in column 0 stays there
 * (Xtext takes it for commented-out code).
 *
 * <p>Each gap between two tokens is decided once: first by the structure (declarations, braces),
 * else by the two tokens around it; so no two rules ever compete for a gap.
 */
public class HamFormatter extends AbstractFormatter2 {
	private static final String INDENTATION = "    ";
	private static final Set<String> CALLS = Set.of("sum", "prod", "@local", "@symmetric", "@tolerance", "@activation",
			"@depth");
	private static final Set<String> TIGHT = Set.of("^", "..", ".");
	private static final Set<String> BINARY = Set.of("+", "-", "*", "/");

	/** 4 spaces, whatever the editor asks: one layout for every .ham file. */
	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
		request.setPreferences(preferences);
		super.initialize(request);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof HamFile file) {
			formatFile(file, document);
		}
	}

	private void formatFile(HamFile file, IFormattableDocument document) {
		Map<IHiddenRegion, Consumer<IHiddenRegionFormatter>> structure = new HashMap<>();
		if (file.getName() != null || file.getModels().size() > 1) {
			for (Model model : file.getModels()) {
				IHiddenRegion before = regionFor(model).getPreviousHiddenRegion();
				if (!before.isUndefined() && before.getPreviousSemanticRegion() != null) {
					structure.put(before, newLines(2, 2));
				}
			}
		}
		file.getModels().forEach(model -> block(model, model.getDeclarations(), structure, document));
		for (ISemanticRegion region : regionFor(file).getAllSemanticRegions()) {
			IHiddenRegion gap = region.getNextHiddenRegion();
			ISemanticRegion next = region.getNextSemanticRegion();
			if (next != null && !gap.isUndefined()) {
				document.set(gap, structure.getOrDefault(gap, tokenGap(region, next))::accept);
			}
		}
	}

	/** A braced body (model or classifier): each member on its own line, indented; classifiers nest. */
	private void block(EObject owner, List<? extends EObject> members, Map<IHiddenRegion, Consumer<IHiddenRegionFormatter>> structure,
			IFormattableDocument document) {
		ISemanticRegion open = textRegionExtensions.regionFor(owner).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return; // a syntax error: leave the text as it is
		}
		// from the gap before '{', so that a comment right after '{' is indented too
		document.set(open.getPreviousHiddenRegion(), close.getPreviousHiddenRegion(), it -> it.indent());
		structure.put(close.getPreviousHiddenRegion(), newLines(1, 1));
		for (EObject member : members) {
			IEObjectRegion region = regionFor(member);
			IHiddenRegion before = region.getPreviousHiddenRegion();
			structure.put(before, before == open.getNextHiddenRegion() ? newLines(1, 1) : newLines(1, 2));
			if (member instanceof Classifier classifier) {
				block(classifier, classifier.getClasses(), structure, document);
				ISemanticRegion normalize = textRegionExtensions.regionFor(classifier).keyword("normalize");
				if (normalize != null) {
					structure.put(normalize.getPreviousHiddenRegion(), newLines(1, 2));
				}
			} else if (member instanceof Hamiltonian hamiltonian) {
				hamiltonianLines(hamiltonian, structure, document);
			} else {
				continuationIndent(region.getPreviousHiddenRegion().getNextSemanticRegion(), region, document);
			}
		}
	}

	/** Annotations on one line with the declaration or on a line of their own, as written. */
	private void hamiltonianLines(Hamiltonian hamiltonian, Map<IHiddenRegion, Consumer<IHiddenRegionFormatter>> structure,
			IFormattableDocument document) {
		ISemanticRegion keyword = textRegionExtensions.regionFor(hamiltonian).keyword("hamiltonian");
		if (keyword == null) {
			return;
		}
		if (!hamiltonian.getAnnotations().isEmpty()) {
			structure.put(keyword.getPreviousHiddenRegion(), keepLineBreak());
		}
		continuationIndent(keyword, regionFor(hamiltonian), document);
	}

	/** An expression continued on the next line is indented one level more than its declaration. */
	private void continuationIndent(ISemanticRegion first, IEObjectRegion declaration, IFormattableDocument document) {
		ISemanticRegion last = null;
		for (ISemanticRegion r : declaration.getAllSemanticRegions()) {
			last = r;
		}
		if (first != null && last != null && first != last) {
			document.interior(first, last, it -> it.indent());
		}
	}

	/** The space between two tokens of one line. */
	private Consumer<IHiddenRegionFormatter> tokenGap(ISemanticRegion left, ISemanticRegion right) {
		String l = left.getText();
		String r = right.getText();
		if (isBinaryOperator(right)) {
			return keepLineBreak();
		}
		if (isBinaryOperator(left)) {
			return IHiddenRegionFormatter::oneSpace;
		}
		if (r.equals(",") || l.equals("(") || l.equals("[") || l.equals("<") || r.equals(")") || r.equals("]")
				|| r.equals(">") || TIGHT.contains(l) || TIGHT.contains(r) || l.equals("-") || l.equals("@")) {
			return IHiddenRegionFormatter::noSpace;
		}
		if (r.equals("(") && (!isKeyword(left) || CALLS.contains(l))) {
			return IHiddenRegionFormatter::noSpace;
		}
		if (r.equals("[") && !isKeyword(left)) {
			return IHiddenRegionFormatter::noSpace;
		}
		return IHiddenRegionFormatter::oneSpace;
	}

	private static boolean isBinaryOperator(ISemanticRegion region) {
		return region.getSemanticElement() instanceof Binary && isKeyword(region) && BINARY.contains(region.getText());
	}

	private static boolean isKeyword(ISemanticRegion region) {
		return region.getGrammarElement() instanceof Keyword;
	}

	private static Consumer<IHiddenRegionFormatter> newLines(int min, int max) {
		return it -> it.setNewLines(min, min, max);
	}

	/** A line break if there was one, else one space. */
	private static Consumer<IHiddenRegionFormatter> keepLineBreak() {
		return it -> {
			it.setNewLines(0, 0, 1);
			it.setSpace(" ");
		};
	}

	private IEObjectRegion regionFor(EObject object) {
		return getTextRegionAccess().regionForEObject(object);
	}
}
