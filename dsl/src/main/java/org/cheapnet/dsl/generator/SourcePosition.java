package org.cheapnet.dsl.generator;

import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/** Where an AST node starts in its file, lines and columns counting from 1 (1:1 when unknown). */
public record SourcePosition(int line, int column) {

	public static SourcePosition of(EObject at) {
		ICompositeNode node = at == null ? null : NodeModelUtils.findActualNodeFor(at);
		if (node == null) {
			return new SourcePosition(1, 1);
		}
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SourcePosition(position.getLine(), position.getColumn());
	}

	/** FILE:LINE:COLUMN: error: MESSAGE [CODE], as hamc check prints diagnostics. */
	public static String describe(String file, CompilationProblem problem) {
		SourcePosition p = of(problem.at());
		return file + ":" + p.line() + ":" + p.column() + ": error: " + problem.message() + " [" + problem.code() + "]";
	}
}
