package org.cheapnet.dsl.ui.editor;

import org.cheapnet.dsl.ui.HamDocument;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's hover (dsl.ide's HamHoverService: a hamiltonian's monomials,
 * multiplications, neurons, depth and error bound; a variable's place in the input vector),
 * its markdown shown as plain text.
 */
public class HamTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		HamDocument parsed = HamEditorDocuments.parse(viewer.getDocument());
		HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.uri()),
				parsed.document().getPosition(region.getOffset()));
		Hover hover = HamEditorDocuments.injector().getInstance(IHoverService.class).hover(parsed.document(),
				parsed.resource(), params, CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		MarkupContent content = hover.getContents().getRight();
		return content.getValue() == null || content.getValue().isBlank() ? null : plain(content.getValue());
	}

	/** Markdown emphasis and code marks dropped; lists and line breaks kept. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replace("`", "");
	}

	/** The identifier around the offset. */
	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		try {
			int start = offset;
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && Character.isJavaIdentifierPart(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}
}
