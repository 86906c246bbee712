package org.cheapnet.dsl.ide.contentassist;

import java.util.Arrays;
import java.util.List;

import org.cheapnet.dsl.compiler.analysis.Symmetry;
import org.cheapnet.dsl.lang.Activations;
import org.cheapnet.dsl.lang.LatticeShapes;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Keywords and names in scope come from Xtext; the annotations are keywords ({@code @local},
 * ...), so after a typed {@code @} they are what is proposed. The names the grammar leaves as
 * identifiers (so that a typo gets a clear message) are proposed here: annotation names after
 * {@code @ } (where the parser sees an unknown annotation), symmetries in
 * {@code @symmetric(...)}, activations in {@code @activation(...)} and lattice shapes after
 * {@code lattice NAME =}.
 */
public class HamContentProposalProvider extends IdeContentProposalProvider {
	/** What {@code @} may be followed by. */
	public static final List<String> ANNOTATIONS = List.of("local", "symmetric", "tolerance", "activation", "depth");
	public static final List<String> SYMMETRIES = Arrays.stream(Symmetry.values()).map(Symmetry::keyword).toList();

	/** The bare {@code @} of an unknown annotation is no proposal; the known ones are. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return !keyword.getValue().equals("@") && super.filterKeyword(keyword, context);
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String where = GrammarUtil.containingParserRule(assignment).getName() + "." + assignment.getFeature();
		String description = switch (where) {
			case "UnknownAnnotation.name" -> "annotation";
			case "SymmetricAnnotation.symmetries" -> "symmetry";
			case "ActivationAnnotation.activation" -> "activation";
			case "Lattice.shape" -> "lattice shape";
			default -> null;
		};
		if (description == null) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		for (String name : namesOf(description)) {
			ContentAssistEntry entry = getProposalCreator().createProposal(name, context, ContentAssistEntry.KIND_VALUE,
					null);
			if (entry != null) {
				entry.setDescription(description);
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	private static List<String> namesOf(String description) {
		return switch (description) {
			case "annotation" -> ANNOTATIONS;
			case "symmetry" -> SYMMETRIES;
			case "activation" -> Activations.NAMES;
			default -> LatticeShapes.NAMES;
		};
	}
}
