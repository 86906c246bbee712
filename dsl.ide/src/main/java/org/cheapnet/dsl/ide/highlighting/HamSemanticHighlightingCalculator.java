package org.cheapnet.dsl.ide.highlighting;

import org.cheapnet.dsl.ham.ClassDecl;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.IndexVar;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.UnknownAnnotation;
import org.cheapnet.dsl.ham.Variable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens for the language server (LSP token types, as Xtext's SemanticTokensService
 * lists them): keywords, annotations as decorators, numbers, comments, and every name by what
 * it names, with the modifier "declaration" where it is declared. Editors without a grammar of
 * their own colour .ham files from these alone.
 */
public class HamSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String[] ids = tokenOf(leaf);
			if (ids != null && leaf.getLength() > 0) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), ids);
			}
		}
	}

	private String[] tokenOf(ILeafNode leaf) {
		EObject grammar = leaf.getGrammarElement();
		if (leaf.isHidden()) {
			return grammar instanceof AbstractRule rule && rule.getName().endsWith("COMMENT") ? ids("comment") : null;
		}
		if (inNumber(leaf)) {
			return ids("number");
		}
		if (grammar instanceof EnumLiteralDeclaration) {
			return ids("keyword");
		}
		if (grammar instanceof Keyword keyword) {
			String value = keyword.getValue();
			return value.startsWith("@") ? ids("decorator") : Character.isLetter(value.charAt(0)) ? ids("keyword") : null;
		}
		Assignment assignment = EcoreUtil2.getContainerOfType(grammar, Assignment.class);
		if (assignment == null) {
			return null;
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if ((grammar instanceof CrossReference || grammar.eContainer() instanceof CrossReference) && owner != null) {
			EStructuralFeature feature = owner.eClass().getEStructuralFeature(assignment.getFeature());
			Object target = feature == null ? null : owner.eGet(feature, true);
			return target instanceof EObject named && !named.eIsProxy() ? ids(kindOf(named)) : null;
		}
		return switch (assignment.getFeature()) {
			case "name" -> owner instanceof UnknownAnnotation ? ids("decorator")
					: owner == null || kindOf(owner) == null ? null : ids(kindOf(owner), "declaration");
			case "shape", "symmetries", "activation" -> ids("enumMember");
			default -> null;
		};
	}

	/** Numbers are a datatype rule over INT and '.' tokens: every leaf below it is part of one number. */
	private static boolean inNumber(ILeafNode leaf) {
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof RuleCall call && "Number".equals(call.getRule().getName())) {
				return true;
			}
		}
		return false;
	}

	private static String kindOf(EObject named) {
		if (named instanceof Variable) {
			return "variable";
		}
		if (named instanceof Param) {
			return "property";
		}
		if (named instanceof Lattice) {
			return "type";
		}
		if (named instanceof Let || named instanceof Hamiltonian) {
			return "function";
		}
		if (named instanceof IndexVar) {
			return "parameter";
		}
		if (named instanceof Model || named instanceof Classifier) {
			return "class";
		}
		return named instanceof ClassDecl ? "enumMember" : null;
	}

	private static String[] ids(String... ids) {
		return ids;
	}
}
