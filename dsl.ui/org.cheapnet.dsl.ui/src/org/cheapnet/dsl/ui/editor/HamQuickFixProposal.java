package org.cheapnet.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A code action of the language server applied to the editor's document: its edits, last first. */
public class HamQuickFixProposal implements ICompletionProposal {
	private final CodeAction action;

	public HamQuickFixProposal(CodeAction action) {
		this.action = action;
	}

	@Override
	public void apply(IDocument document) {
		List<TextEdit> edits = edits(action.getEdit());
		edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
		try {
			for (TextEdit edit : edits) {
				int start = offset(document, edit.getRange().getStart());
				int end = offset(document, edit.getRange().getEnd());
				document.replace(start, end - start, edit.getNewText());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("the quick fix does not fit the text any more", e);
		}
	}

	/** The edits of a one-file workspace edit, whichever form the service chose. */
	static List<TextEdit> edits(WorkspaceEdit edit) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().values().forEach(edits::addAll);
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).map(change -> change.getLeft())
					.map(TextDocumentEdit::getEdits).flatMap(List::stream).filter(e -> e.isLeft())
					.forEach(e -> edits.add(e.getLeft()));
		}
		return edits;
	}

	private static int offset(IDocument document, Position position) throws BadLocationException {
		return document.getLineOffset(position.getLine()) + position.getCharacter();
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return action.getTitle();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
