package org.cheapnet.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.ui.HamDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Content assist through the language server's completion service (dsl.ide's
 * HamContentProposalProvider behind Xtext's ContentAssistService): the same proposals as in
 * VS Code or Neovim, each replacing the range the server names.
 */
public class HamContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		HamDocument parsed = HamEditorDocuments.parse(viewer.getDocument());
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(parsed.uri()),
				parsed.document().getPosition(offset));
		CompletionList list = HamEditorDocuments.injector().getInstance(ContentAssistService.class)
				.createCompletionList(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			proposals.add(proposal(item, parsed, offset));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(CompletionItem item, HamDocument parsed, int offset) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int end = offset;
		if (item.getTextEdit() != null) {
			TextEdit edit = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
			Range range = edit != null ? edit.getRange() : item.getTextEdit().getRight().getInsert();
			text = edit != null ? edit.getNewText() : item.getTextEdit().getRight().getNewText();
			start = parsed.document().getOffSet(range.getStart());
			end = parsed.document().getOffSet(range.getEnd());
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
				: item.getLabel() + " - " + item.getDetail();
		return new CompletionProposal(text, start, end - start, text.length(), null, display, null, null);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '@' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
