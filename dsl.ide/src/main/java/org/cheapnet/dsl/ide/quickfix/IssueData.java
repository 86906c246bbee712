package org.cheapnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;

/**
 * The issue data of a diagnostic. The server publishes it as a String[]; a client sends it back
 * in a code action request as JSON, which lsp4j reads as a JsonArray.
 */
final class IssueData {
	private IssueData() {
	}

	/** The i-th datum, or null when there is none. */
	static String get(Diagnostic diagnostic, int i) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array && i < array.length) {
			return array[i];
		}
		if (data instanceof JsonArray json && i < json.size() && json.get(i).isJsonPrimitive()) {
			return json.get(i).getAsString();
		}
		if (data instanceof List<?> list && i < list.size() && list.get(i) != null) {
			return list.get(i).toString();
		}
		return null;
	}
}
