package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.parser.NestingLimitLexer;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The language server's parser (same injector as the server) stops 10,000 nested parentheses at
 * the nesting limit with a positioned NestingTooDeep error instead of overflowing its thread's
 * stack; run on a 1 MB stack, as the server's request threads have.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class NestingLimitTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void tenThousandNestedParenthesesAreOneNestingError() throws Throwable {
		String text = "model M {\n real x\n hamiltonian H = " + "(".repeat(10_000) + "x" + ")".repeat(10_000) + "\n}\n";
		List<Issue> issues = OneMegabyteStack.call(() -> validation.validate(parser.parse(text)));
		List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(HamIssueCodes.NESTING_TOO_DEEP, errors.get(0).getCode());
		assertEquals(text.indexOf('(') + NestingLimitLexer.MAX_NESTING, errors.get(0).getOffset());
	}
}
