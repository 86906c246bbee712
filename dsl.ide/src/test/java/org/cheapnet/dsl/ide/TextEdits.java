package org.cheapnet.dsl.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Applies LSP text edits to a text, as an editor does. */
final class TextEdits {
	private TextEdits() {
	}

	static String apply(String text, List<? extends TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		// from the end, so the offsets of the edits still to apply stay valid
		sorted.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}
}
