package org.cheapnet.dsl.lang;

import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors keep ANTLR's message (it names the unexpected token) and get the language's issue code. */
public class HamSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), HamIssueCodes.SYNTAX_ERROR, message.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(message.getMessage(), HamIssueCodes.SYNTAX_ERROR, message.getIssueData());
	}
}
