package org.cheapnet.dsl.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
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

	/**
	 * An error of the compiler's driver, at the name of the declaration it is about (as the
	 * validators place theirs), or at the declaration's start if it has no name.
	 */
	static Diagnostic of(Path file, CompilationProblem problem) {
		return at(file, problem.at(), Severity.ERROR, problem.message(), problem.code());
	}

	/** A diagnostic at the name of a declaration (or its start if it has no name; line 1 without one). */
	static Diagnostic at(Path file, EObject declaration, Severity severity, String message, String code) {
		INode node = nodeOf(declaration);
		int line = 1;
		int column = 1;
		if (node != null) {
			LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			line = Math.max(1, position.getLine());
			column = Math.max(1, position.getColumn());
		}
		return new Diagnostic(file, line, column, severity, oneLine(message), code);
	}

	private static INode nodeOf(EObject object) {
		if (object == null) {
			return null;
		}
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null) {
			var nodes = NodeModelUtils.findNodesForFeature(object, name);
			if (!nodes.isEmpty()) {
				return nodes.get(0);
			}
		}
		return NodeModelUtils.findActualNodeFor(object);
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
