package org.cheapnet.dsl.ui;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;

/** A validator's issue as the language server publishes it: range, severity, code and data. */
public final class HamDiagnostics {
	private HamDiagnostics() {
	}

	public static Diagnostic of(Issue issue, Document document) {
		int start = Math.max(0, issue.getOffset() == null ? 0 : issue.getOffset());
		int length = issue.getLength() == null ? 0 : issue.getLength();
		int end = Math.min(document.getContents().length(), start + length);
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)),
				issue.getMessage());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		case INFO -> DiagnosticSeverity.Information;
		default -> DiagnosticSeverity.Hint;
		});
		if (issue.getCode() != null) {
			diagnostic.setCode(issue.getCode());
		}
		diagnostic.setData(issue.getData());
		return diagnostic;
	}
}
