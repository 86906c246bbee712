package org.cheapnet.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.ui.HamDiagnostics;
import org.cheapnet.dsl.ui.HamDocument;
import org.cheapnet.dsl.ui.HamDocumentAccess;
import org.cheapnet.dsl.ui.builder.HamMarkers;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Quick fixes (Ctrl+1) on the issues at the cursor: the language server's code actions, made by
 * dsl.ide's HamQuickfixProvider (keyed by the validator's issue codes) from the issue's range,
 * code and data.
 */
public class HamQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		HamDocument parsed = HamEditorDocuments.parse(document);
		List<Issue> issues = HamEditorDocuments.injector().getInstance(IResourceValidator.class)
				.validate(parsed.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
		List<Issue> here = issues.stream().filter(i -> i.getCode() != null && contains(i, context.getOffset())).toList();
		if (here.isEmpty()) {
			here = issues.stream().filter(i -> i.getCode() != null && sameLine(i, context.getOffset(), document)).toList();
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Issue issue : here) {
			for (CodeAction action : codeActions(parsed, HamDiagnostics.of(issue, parsed.document()))) {
				proposals.add(new HamQuickFixProposal(action));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The code actions the language server offers for one diagnostic. */
	public static List<CodeAction> codeActions(HamDocument parsed, Diagnostic diagnostic) {
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(parsed.document());
		options.setResource(parsed.resource());
		options.setURI(parsed.uri());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new HamDocumentAccess(parsed));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(parsed.uri()), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<CodeAction> actions = new ArrayList<>();
		for (Either<Command, CodeAction> action : HamEditorDocuments.injector().getInstance(ICodeActionService2.class)
				.getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null) {
				actions.add(action.getRight());
			}
		}
		return actions;
	}

	/** The issue's range holds the offset. */
	private static boolean contains(Issue issue, int offset) {
		int start = issue.getOffset() == null ? -1 : issue.getOffset();
		int end = start + (issue.getLength() == null ? 0 : issue.getLength());
		return start <= offset && offset <= end;
	}

	/** The issue starts on the offset's line (used when no issue is at the cursor itself). */
	private static boolean sameLine(Issue issue, int offset, IDocument document) {
		try {
			return issue.getOffset() != null && document.getLineOfOffset(offset) == document
					.getLineOfOffset(Math.min(issue.getOffset(), document.getLength()));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return false;
		}
	}

	@Override
	public boolean canFix(Annotation annotation) {
		if (annotation instanceof HamIssueAnnotation issue) {
			return issue.issue().getCode() != null;
		}
		return annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()
				&& marker.getMarker().getAttribute(HamMarkers.CODE, null) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
