package org.cheapnet.dsl.ide;

import org.cheapnet.dsl.ham.HamFile;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.util.ParseHelper;

/**
 * A parsed .ham text and its document, as the language server holds an open file. In the test
 * texts, {@code |} marks the cursor and is removed before parsing.
 */
record OpenDocument(XtextResource resource, Document document, int cursor) {

	static OpenDocument open(ParseHelper<HamFile> parser, String textWithCursor) throws Exception {
		int cursor = textWithCursor.indexOf('|');
		String text = cursor < 0 ? textWithCursor : textWithCursor.substring(0, cursor) + textWithCursor.substring(cursor + 1);
		HamFile file = parser.parse(text);
		return new OpenDocument((XtextResource) file.eResource(), new Document(1, text), cursor);
	}

	HamFile file() {
		return (HamFile) resource.getContents().get(0);
	}

	String text() {
		return document.getContents();
	}

	Position cursorPosition() {
		return document.getPosition(cursor);
	}

	/** The position of the first character of the n-th (0-based) occurrence of a piece of text. */
	Position positionOf(String piece, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text().indexOf(piece, offset + 1);
		}
		if (offset < 0) {
			throw new IllegalArgumentException(piece + " not in the text");
		}
		return document.getPosition(offset);
	}
}
