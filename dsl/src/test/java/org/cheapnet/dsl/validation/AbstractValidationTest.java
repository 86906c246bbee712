package org.cheapnet.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Validation tests: parse a model, validate it and compare the complete list of issues (code,
 * severity, offset, length) with the expected ones, so that anything else reported fails the test.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
abstract class AbstractValidationTest {
	@Inject
	private ParseHelper<HamFile> parseHelper;
	@Inject
	private ValidationTestHelper validationHelper;

	/** One expected issue; the range is the offending text. */
	record Expected(String code, Severity severity, int offset, int length) {
		@Override
		public String toString() {
			String name = code.startsWith(HamIssueCodes.PREFIX) ? code.substring(HamIssueCodes.PREFIX.length()) : code;
			return severity + " " + name + " at " + offset + "+" + length;
		}
	}

	static Expected error(String code, int offset, int length) {
		return new Expected(code, Severity.ERROR, offset, length);
	}

	static Expected warning(String code, int offset, int length) {
		return new Expected(code, Severity.WARNING, offset, length);
	}

	static Expected info(String code, int offset, int length) {
		return new Expected(code, Severity.INFO, offset, length);
	}

	/** An error over the first occurrence of {@code what} in {@code text}. */
	static Expected errorAt(String code, String text, String what) {
		return error(code, offsetOf(text, what), what.length());
	}

	/** The offset of the only occurrence of {@code what} (fails if it occurs more than once or not at all). */
	static int offsetOf(String text, String what) {
		int offset = text.indexOf(what);
		assertTrue(offset >= 0, () -> "'" + what + "' is not in the model");
		assertEquals(-1, text.indexOf(what, offset + 1), () -> "'" + what + "' occurs more than once in the model");
		return offset;
	}

	List<Issue> validate(String text) throws Exception {
		HamFile file = parseHelper.parse(text);
		assertNotNull(file);
		return validationHelper.validate(file);
	}

	/** Validates the model and asserts that exactly the expected issues are reported (in any order). */
	List<Issue> assertIssues(String text, Expected... expected) throws Exception {
		List<Issue> issues = validate(text);
		List<String> actual = issues.stream()
				.map(i -> new Expected(String.valueOf(i.getCode()), i.getSeverity(), i.getOffset(), i.getLength()).toString()
						+ " (" + i.getMessage() + ")")
				.sorted().collect(Collectors.toList());
		List<String> wanted = Arrays.stream(expected).map(Expected::toString).sorted().collect(Collectors.toList());
		assertEquals(wanted, actual.stream().map(s -> s.substring(0, s.indexOf(" ("))).collect(Collectors.toList()),
				() -> "issues reported: " + actual);
		return issues;
	}

	/** Validates the model and asserts that it has no issue at all, not even an info. */
	void assertNoIssues(String text) throws Exception {
		assertIssues(text);
	}

	/** The only issue with the code (asserted by the caller's assertIssues). */
	static Issue issue(List<Issue> issues, String code) {
		List<Issue> matching = issues.stream().filter(i -> code.equals(i.getCode())).collect(Collectors.toList());
		assertEquals(1, matching.size(), () -> "issues with code " + code + ": " + matching);
		return matching.get(0);
	}
}
