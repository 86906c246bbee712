package org.cheapnet.dsl.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;

/** One line of `hamc check`: FILE:LINE:COLUMN: error|warning|info: MESSAGE [CODE]. Lines and columns count from 1. */
record Diagnostic(Path file, int line, int column, Severity severity, String message, String code) {

	enum Severity {
		ERROR, WARNING, INFO
	}

	static Diagnostic of(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber());
		int column = issue.getColumn() == null ? 1 : Math.max(1, issue.getColumn());
		return new Diagnostic(file, line, column, severity, oneLine(issue.getMessage()), issue.getCode());
	}

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message
				+ (code == null ? "" : " [" + code + "]");
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
	}
}
