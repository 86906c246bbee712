package org.cheapnet.dsl.parser;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.cheapnet.dsl.parser.antlr.internal.InternalHamLexer;

/**
 * The runtime lexer with a nesting limit, so that no text overflows the generated parser's
 * stack (it recurses a few frames per level and overflows a 1 MB stack near 800 parentheses):
 * where the {@link NestingDepth} bound would pass {@link #MAX_NESTING}, the first token past it
 * becomes a {@link TooDeep} token, which the parser cannot accept (a syntax error that
 * {@code HamSyntaxErrorMessageProvider} words as NestingTooDeep), and the rest of that too-deep
 * region (up to where the nesting is back at the limit) becomes one hidden token the parser
 * skips like a comment. Bound for every parser of the runtime injector: the command line, the
 * Maven plugin, the language server and the editor.
 */
public class NestingLimitLexer extends InternalHamLexer {
	/** The deepest nesting the parser accepts (brackets plus open prefix operators). */
	public static final int MAX_NESTING = 256;

	/** The first token that nests deeper than the limit. */
	public static final class TooDeep extends CommonToken {
		private static final long serialVersionUID = 1L;

		TooDeep(Token token) {
			super(token);
			setType(RULE_ANY_OTHER);
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
		return nesting.depth() > MAX_NESTING ? tooDeep(token, bracketsBefore) : token;
	}

	/**
	 * Reads on to the end of the too-deep region: the token that brings the nesting back to the
	 * limit ends it (a closing bracket opened inside the region belongs to it; any other token,
	 * and end of file, is queued to be read normally).
	 */
	private Token tooDeep(Token first, int bracketsBefore) {
		Token last = null;
		while (true) {
			Token next = super.nextToken();
			if (next.getType() == Token.EOF) {
				pending.add(next);
				break;
			}
			if (significant(next)) {
				accept(next);
				if (nesting.depth() <= MAX_NESTING) {
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
		return new TooDeep(first);
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
