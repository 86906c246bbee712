package org.cheapnet.dsl.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * An upper bound, token by token, on how deeply the parser recurses in a .ham text: one level
 * per open bracket, plus the prefix operators still open at each bracket level. A prefix
 * operator is unary {@code -} or {@code ^} (their operand is the next factor, so they close at
 * a {@code *} or {@code /}) or {@code sum}/{@code prod} (whose body is the whole product, so
 * they close at the next {@code +}, {@code -}, {@code ,}, {@code =} or keyword). The bound
 * needs no parsing: the lexer uses it to stop a text before the parser's stack overflows.
 * Parentheses and square brackets count; braces do not (they hold declarations).
 */
final class NestingDepth {
	// braces hold declarations, not nested expressions: they end expressions like a keyword
	private static final Set<String> OPENERS = Set.of("(", "[");
	private static final Set<String> CLOSERS = Set.of(")", "]");
	private static final Set<String> AGGREGATES = Set.of("sum", "prod");

	/** Prefix operators still open at one bracket level. */
	private static final class Level {
		final boolean binder;
		int unary;
		int aggregates;
		/** Binary + and - so far, and * and / in the current term: the depth of the left-deep operator tree. */
		int terms;
		int factors;

		Level(boolean binder) {
			this.binder = binder;
		}
	}

	private final Deque<Level> levels = new ArrayDeque<>();
	private int depth;
	private int chain;
	private boolean afterOperand;
	private String previous = "";

	NestingDepth() {
		levels.push(new Level(false));
	}

	/** The current bound: open brackets plus open prefix operators. */
	int depth() {
		return depth;
	}

	/**
	 * The binary operators still open along the brackets: left-associative chains like
	 * {@code a + b + c} parse into trees as deep as they are long, and later passes recurse on them.
	 */
	int chain() {
		return chain;
	}

	/** Open brackets. */
	int brackets() {
		return levels.size() - 1;
	}

	static boolean isCloser(String text) {
		return CLOSERS.contains(text);
	}

	/**
	 * Takes the next significant token (not whitespace or a comment).
	 *
	 * @param operand whether the token is a name or a number
	 */
	void accept(String text, boolean operand) {
		Level level = levels.peek();
		boolean endsOperand = operand;
		if (OPENERS.contains(text)) {
			levels.push(new Level(AGGREGATES.contains(previous)));
			depth++;
		} else if (CLOSERS.contains(text)) {
			if (levels.size() > 1) {
				Level closed = levels.pop();
				depth -= 1 + closed.unary + closed.aggregates;
				chain -= closed.terms + closed.factors;
				// a binder's ')' is followed by the body, so a '-' after it is unary
				endsOperand = !closed.binder;
			}
		} else if (AGGREGATES.contains(text)) {
			level.aggregates++;
			depth++;
		} else if (text.equals("^") || text.equals("-") && !afterOperand) {
			level.unary++;
			depth++;
		} else if (text.equals("*") || text.equals("/")) {
			depth -= level.unary;
			level.unary = 0;
			level.factors++;
			chain++;
		} else if (text.equals("+") || text.equals("-")) {
			// binary: the terms of this level are complete, the sum goes on
			depth -= level.unary + level.aggregates;
			level.unary = 0;
			level.aggregates = 0;
			chain += 1 - level.factors;
			level.terms++;
			level.factors = 0;
		} else if (!operand && !text.equals(".")) {
			// ',', '=', '..', a keyword: the expressions of this level are complete
			depth -= level.unary + level.aggregates;
			chain -= level.terms + level.factors;
			level.unary = 0;
			level.aggregates = 0;
			level.terms = 0;
			level.factors = 0;
		}
		afterOperand = endsOperand;
		previous = text;
	}
}
