package org.cheapnet.dsl.lang;

import org.antlr.runtime.RecognitionException;
import org.cheapnet.dsl.parser.NestingLimitLexer;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors keep ANTLR's message (it names the unexpected token) and get the language's issue
 * code; the token where nesting passes the parser's limit gets a message that names the limit.
 */
public class HamSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception != null && exception.token instanceof NestingLimitLexer.TooDeep tooDeep) {
			return tooDeep.chain()
					? new SyntaxErrorMessage("an expression chains more than " + NestingLimitLexer.MAX_CHAIN
							+ " operators (the terms of a sum and the factors of a product count), the limit: split it into lets",
							HamIssueCodes.LIMIT_EXCEEDED)
					: new SyntaxErrorMessage("expressions nest deeper than " + NestingLimitLexer.MAX_NESTING
							+ " levels (brackets, sum, prod, unary minus and ^ each count), the limit", HamIssueCodes.NESTING_TOO_DEEP);
		}
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), HamIssueCodes.SYNTAX_ERROR, message.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), HamIssueCodes.SYNTAX_ERROR, message.getIssueData());
	}
}
