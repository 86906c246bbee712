package org.cheapnet.dsl.parser;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.cheapnet.dsl.parser.antlr.internal.InternalHamLexer;

/**
 * The runtime lexer with a nesting limit, so that no text overflows the generated parser's
 * stack (it recurses a few frames per level and overflows a 1 MB stack near 800 parentheses), nor
 * the passes after it (they recurse on the tree, which a long sum makes as deep as it is long):
 * where the {@link NestingDepth} bounds would pass {@link #MAX_NESTING} or {@link #MAX_CHAIN}, the first token past it
 * becomes a {@link TooDeep} token, which the parser cannot accept (a syntax error that
 * {@code HamSyntaxErrorMessageProvider} words as NestingTooDeep), and the rest of that too-deep
 * region (up to where the nesting is back at the limit) becomes one hidden token the parser
 * skips like a comment. Bound for every parser of the runtime injector: the command line, the
 * Maven plugin, the language server and the editor.
 */
public class NestingLimitLexer extends InternalHamLexer {
	/** The deepest nesting the parser accepts (brackets plus open prefix operators). */
	public static final int MAX_NESTING = 256;
	/** The most binary operators open at once: terms of one sum plus factors of its current term, over all brackets. */
	public static final int MAX_CHAIN = 1000;

	/** The first token past a limit; {@link #chain} tells which. */
	public static final class TooDeep extends CommonToken {
		private static final long serialVersionUID = 1L;
		private final boolean chain;

		TooDeep(Token token, boolean chain) {
			super(token);
			this.chain = chain;
			setType(RULE_ANY_OTHER);
		}

		/** True past {@link #MAX_CHAIN}, false past {@link #MAX_NESTING}. */
		public boolean chain() {
			return chain;
		}
	}

	private NestingDepth nesting = new NestingDepth();
	private final Deque<Token> pending = new ArrayDeque<>();

	public NestingLimitLexer() {
	}

	public NestingLimitLexer(CharStream input) {
		super(input);
	}

	@Override
	public void setCharStream(CharStream input) {
		super.setCharStream(input);
		nesting = new NestingDepth();
		pending.clear();
	}

	@Override
	public Token nextToken() {
		if (!pending.isEmpty()) {
			return pending.poll();
		}
		Token token = super.nextToken();
		if (!significant(token)) {
			return token;
		}
		int bracketsBefore = nesting.brackets();
		accept(token);
		return beyond() ? tooDeep(token, bracketsBefore) : token;
	}

	/**
	 * Reads on to the end of the too-deep region: the token that brings the nesting back to the
	 * limit ends it (a closing bracket opened inside the region belongs to it; any other token,
	 * and end of file, is queued to be read normally).
	 */
	private Token tooDeep(Token first, int bracketsBefore) {
		boolean chain = nesting.depth() <= MAX_NESTING;
		Token last = null;
		while (true) {
			Token next = super.nextToken();
			if (next.getType() == Token.EOF) {
				pending.add(next);
				break;
			}
			if (significant(next)) {
				accept(next);
				if (!beyond()) {
					if (NestingDepth.isCloser(next.getText()) && nesting.brackets() >= bracketsBefore) {
						last = next;
					} else {
						pending.add(next);
					}
					break;
				}
			}
			last = next;
		}
		if (last != null) {
			pending.addFirst(skipped(first, last));
		}
		return new TooDeep(first, chain);
	}

	private boolean beyond() {
		return nesting.depth() > MAX_NESTING || nesting.chain() > MAX_CHAIN;
	}

	/** The text after first up to and with last, as one hidden token. */
	private Token skipped(Token first, Token last) {
		CommonToken region = new CommonToken(input, RULE_ML_COMMENT, Token.HIDDEN_CHANNEL,
				((CommonToken) first).getStopIndex() + 1, ((CommonToken) last).getStopIndex());
		region.setLine(first.getLine());
		region.setCharPositionInLine(first.getCharPositionInLine() + first.getText().length());
		return region;
	}

	private void accept(Token token) {
		int type = token.getType();
		nesting.accept(token.getText(), type == RULE_ID || type == RULE_INT || type == RULE_EXPONENT_NUMBER);
	}

	private static boolean significant(Token token) {
		int type = token.getType();
		return type != Token.EOF && type != RULE_WS && type != RULE_ML_COMMENT && type != RULE_SL_COMMENT;
	}
}
