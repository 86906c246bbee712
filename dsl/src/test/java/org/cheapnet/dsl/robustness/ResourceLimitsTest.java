package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.parser.NestingLimitLexer;
import org.cheapnet.dsl.tests.HamInjectorProvider;
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
 * Inputs that would take unbounded time, memory or stack end in a positioned LimitExceeded error
 * (or, when they are merely big but fine, in the right result), never in a crash.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class ResourceLimitsTest {

	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void parenthesesNestedToTheLimitAreJustXOnADefaultStack() throws Throwable {
		// the limit is there so that the parser and everything after it fit a 1 MB stack (an
		// editor's or a build's thread), here with a sum at every level of the expression tree
		int n = NestingLimitLexer.MAX_NESTING;
		String text = "model M {\n real x\n hamiltonian H = " + "(".repeat(n) + "x" + " + 0)".repeat(n) + "\n}\n";
		List<?> result = onStack(1 << 20, () -> {
			HamFile file = parser.parse(text);
			return List.of(file, validation.validate(file));
		});
		assertEquals(List.of(), errors((List<?>) result.get(1)));
		assertEquals(Polynomial.atom(0), onlyHamiltonian((HamFile) result.get(0)).expanded());
	}

	@Test
	void tenThousandNestedParenthesesStopAtTheLimit() throws Throwable {
		String text = "model M {\n real x\n hamiltonian H = " + "(".repeat(10_000) + "x" + ")".repeat(10_000) + "\n}\n";
		int first = text.indexOf('(');
		assertOneNestingError(text, first + NestingLimitLexer.MAX_NESTING);
	}

	@Test
	void sumsNestedAThousandDeepStopAtTheLimit() throws Throwable {
		StringBuilder body = new StringBuilder();
		List<Integer> sums = new ArrayList<>();
		for (int k = 0; k < 1000; k++) {
			sums.add("model M {\n real x\n hamiltonian H = ".length() + body.length());
			body.append("sum(i").append(k).append(" in 0..0) ");
		}
		String text = "model M {\n real x\n hamiltonian H = " + body + "x\n param p = 1\n}\n";
		// the 256th sum's binder parenthesis is the 257th level
		assertOneNestingError(text, sums.get(NestingLimitLexer.MAX_NESTING - 1) + "sum".length());
	}

	@Test
	void aMillionUnaryMinusesStopAtTheLimit() throws Throwable {
		String text = "model M {\n real x\n hamiltonian H = " + "- ".repeat(1_000_000) + "x\n}\n";
		assertOneNestingError(text, text.indexOf('-') + 2 * NestingLimitLexer.MAX_NESTING);
	}

	@Test
	void aLongPowerTowerStopsAtTheLimit() throws Throwable {
		String text = "model M {\n real x\n hamiltonian H = x" + "^1".repeat(100_000) + "\n}\n";
		assertOneNestingError(text, text.indexOf('^') + 2 * NestingLimitLexer.MAX_NESTING);
	}

	@Test
	void longFlatSumsAndProductsWithMinusesAreNotNesting() throws Throwable {
		// binary minus, '*' after a unary minus and new declarations all end what a level counts
		StringBuilder body = new StringBuilder("-x");
		for (int k = 0; k < 1800; k++) {
			body.append(k % 2 == 0 ? " - x" : " * -x");
		}
		StringBuilder text = new StringBuilder("model M {\n real x\n");
		for (int k = 0; k < 2000; k++) {
			text.append(" param p").append(k).append(" = -").append(k).append('\n');
		}
		text.append(" hamiltonian H = ").append(body).append("\n}\n");
		List<?> issues = onStack(1 << 20, () -> validation.validate(parser.parse(text)));
		assertEquals(List.of(), errors(issues));
	}

	@Test
	void sumsNestedTwoHundredDeepAreFine() throws Exception {
		// 200 sums over one value each: the body x once, and every index variable in scope
		StringBuilder body = new StringBuilder();
		for (int k = 0; k < 200; k++) {
			body.append("sum(i").append(k).append(" in 0..0) ");
		}
		body.append("(x + i0 + i199)");
		HamFile file = parser.parse("model M {\n real x\n hamiltonian H = " + body + "\n}\n");
		assertEquals(List.of(), errors(validation.validate(file)));
		assertEquals(Polynomial.atom(0), onlyHamiltonian(file).expanded());
	}

	@Test
	void aHugePowerOfOneVariableIsOneMonomial() throws Exception {
		HamFile file = parser.parse("model M {\n real x\n hamiltonian H = x^1000000\n}\n");
		// lowering and validation cope; only the network (about 20 squarings) cannot meet 1e-6,
		// which the compilation check says at the hamiltonian instead of failing in some other way
		assertEquals(List.of(HamIssueCodes.VERIFICATION_FAILED),
				errors(validation.validate(file)).stream().map(Issue::getCode).toList());
		Polynomial h = onlyHamiltonian(file).expanded();
		assertEquals(1, h.termCount());
		assertEquals(1000000, h.degree());
		assertEquals(1.0, h.coefficientAt(0));
	}

	@Test
	void aHugePowerOfASumStopsAtTheTermLimit() throws Exception {
		String text = "model M {\n real x\n real y\n hamiltonian H = (x+y)^100000\n}\n";
		assertOneLimitError(text, "(x+y)^100000", 4);
	}

	@Test
	void aSumAtTheChainLimitIsFineOnADefaultStack() throws Throwable {
		// 999 '+' and a '*' in the last term: the longest chain the parser takes (the passes after
		// it recurse that deep)
		int terms = NestingLimitLexer.MAX_CHAIN - 1;
		StringBuilder body = new StringBuilder("x[0]");
		for (int k = 1; k <= terms; k++) {
			body.append(" + ").append(k % 7 + 1).append(" * x[").append(k % 5).append(']');
		}
		String text = "model M {\n real x[5]\n hamiltonian H = " + body + "\n}\n";
		List<?> result = onStack(1 << 20, () -> {
			HamFile file = parser.parse(text);
			return List.of(file, validation.validate(file));
		});
		assertEquals(List.of(), errors((List<?>) result.get(1)));
		// the coefficient of x[j] is 1 (for x[0]) plus the sum of k % 7 + 1 over k = j mod 5
		Polynomial h = onlyHamiltonian((HamFile) result.get(0)).expanded();
		for (int j = 0; j < 5; j++) {
			double expected = j == 0 ? 1 : 0;
			for (int k = 1; k <= terms; k++) {
				expected += k % 5 == j ? k % 7 + 1 : 0;
			}
			assertEquals(expected, h.coefficient(Monomial.of(j)), 1e-9);
		}
	}

	@Test
	void aTenMegabyteLiteralSumStopsAtTheChainLimit() throws Throwable {
		StringBuilder text = new StringBuilder("model M {\n real x[10]\n hamiltonian H = x[0]");
		int head = text.length();
		for (int k = 1; text.length() < 10_000_000; k++) {
			text.append(" + x[").append(k % 10).append(']');
		}
		text.append("\n}\n");
		// each term is " + x[d]", 7 characters: the 1001st '+' is past the limit
		int offset = head + 7 * NestingLimitLexer.MAX_CHAIN + 1;
		List<?> issues = onStack(1 << 20, () -> validation.validate(parser.parse(text)));
		List<Issue> errors = errors(issues);
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(HamIssueCodes.LIMIT_EXCEEDED, errors.get(0).getCode());
		assertEquals(offset, errors.get(0).getOffset());
		assertTrue(errors.get(0).getMessage().contains(String.valueOf(NestingLimitLexer.MAX_CHAIN)), errors.get(0)::getMessage);
	}

	@Test
	void twoHundredThousandParamsInSevenMegabytesAreFine() throws Throwable {
		StringBuilder text = new StringBuilder("model Params {\n real x\n");
		for (int k = 0; k < 200_000; k++) {
			text.append(" param p").append(k).append(" = ").append(k).append(".000123456789\n");
		}
		text.append(" hamiltonian H = p1 * x + p199999 * x^2\n}\n");
		assertTrue(text.length() > 7_000_000);
		List<?> result = onStack(1 << 20, () -> {
			HamFile file = parser.parse(text);
			return List.of(file, validation.validate(file));
		});
		assertEquals(List.of(), errors((List<?>) result.get(1)));
		Polynomial h = onlyHamiltonian((HamFile) result.get(0)).expanded();
		assertEquals(1.000123456789, h.coefficient(Monomial.of(0)), 1e-12);
		assertEquals(199999.000123456789, h.coefficient(Monomial.of(0, 2)), 1e-6);
	}

	@Test
	void latticeSizesWhoseProductOverflowsAnIntAreRefused() throws Exception {
		// 10^15 sites: the second axis already takes the count past the limit
		String text = "model M {\n lattice g = cubic(100000, 100000, 100000)\n spin s on g\n hamiltonian H = sum(a in g) s[a]\n}\n";
		List<Issue> errors = errors(validation.validate(parser.parse(text)));
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(HamIssueCodes.LIMIT_EXCEEDED, errors.get(0).getCode());
		assertEquals(text.indexOf("100000, 100000)"), errors.get(0).getOffset());
	}

	@Test
	void variablesWhoseTotalOverflowsTheInputLimitAreRefused() throws Exception {
		// each lattice is within the limit (4,096,000 sites), two bits on it are not
		String text = "model M {\n lattice h = cubic(160, 160, 160)\n bit a on h\n bit b on h\n hamiltonian H = a[0, 0, 0]\n}\n";
		List<Issue> errors = errors(validation.validate(parser.parse(text)));
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(HamIssueCodes.LIMIT_EXCEEDED, errors.get(0).getCode());
		assertEquals(text.indexOf("b on h"), errors.get(0).getOffset());
	}

	@Test
	void aBillionSiteLatticeIsRefused() throws Exception {
		String text = "model M {\n lattice g = cubic(1000, 1000, 1000)\n spin s on g\n hamiltonian H = sum(a in g) s[a]\n}\n";
		// the third axis takes the count past the limit
		assertOneLimitError(text, "1000)", 4, 2);
	}

	@Test
	void twoBillionSumIterationsAreRefused() throws Exception {
		String text = "model M {\n real x\n hamiltonian H = sum(i in 0..2000000000) x\n}\n";
		assertOneLimitError(text, "0..2000000000", 13, 3);
	}

	@Test
	void inliningAProductOfLetsStopsAtTheTermLimit() throws Exception {
		// prod over 16 block averages of 4 spins each would inline to 4^16 terms
		String text = """
				model BlockProduct {
				 lattice fine = square(8, 8) periodic
				 lattice coarse = square(4, 4) periodic
				 spin s on fine
				 let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
				 hamiltonian H = prod(c in coarse) m[c]
				}
				""";
		assertOneLimitError(text, "prod(c in coarse) m[c]", 6);
	}

	// ---- helpers ----

	/** One error, NestingTooDeep at the token at offset, on a 1 MB stack. */
	private void assertOneNestingError(String text, int offset) throws Throwable {
		List<?> issues = onStack(1 << 20, () -> validation.validate(parser.parse(text)));
		List<Issue> errors = errors(issues);
		assertEquals(1, errors.size(), () -> errors.toString().substring(0, Math.min(2000, errors.toString().length())));
		Issue error = errors.get(0);
		assertEquals(HamIssueCodes.NESTING_TOO_DEEP, error.getCode());
		assertEquals(offset, error.getOffset(), error::toString);
		assertTrue(error.getMessage().contains(String.valueOf(NestingLimitLexer.MAX_NESTING)), error::getMessage);
	}

	/** Runs work on a thread with the given stack size; rethrows what it threw. */
	private static <T> T onStack(long bytes, Callable<T> work) throws Throwable {
		Object[] result = new Object[1];
		Throwable[] thrown = new Throwable[1];
		Thread thread = new Thread(null, () -> {
			try {
				result[0] = work.call();
			} catch (Throwable e) {
				thrown[0] = e;
			}
		}, "stack-" + bytes, bytes);
		thread.start();
		thread.join();
		if (thrown[0] != null) {
			throw thrown[0];
		}
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}

	private void assertOneLimitError(String text, String at, int line) throws Exception {
		assertOneLimitError(text, at, at.length(), line);
	}

	private void assertOneLimitError(String text, String at, int length, int line) throws Exception {
		List<Issue> errors = errors(validation.validate(parser.parse(text)));
		assertEquals(1, errors.size(), errors::toString);
		Issue error = errors.get(0);
		assertEquals(HamIssueCodes.LIMIT_EXCEEDED, error.getCode());
		assertEquals(text.indexOf(at), error.getOffset(), error::toString);
		assertEquals(length, error.getLength(), error::toString);
		assertEquals(line, error.getLineNumber(), error::toString);
		assertEquals(text.lines().toList().get(line - 1).indexOf(at) + 1, error.getColumn(), error::toString);
	}

	private static List<Issue> errors(List<?> issues) {
		return issues.stream().map(Issue.class::cast).filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	private static LoweredHamiltonian onlyHamiltonian(HamFile file) {
		assertNotNull(file);
		var hamiltonians = Lowering.lower(file.getModels().get(0)).hamiltonians().values();
		assertEquals(1, hamiltonians.size());
		return hamiltonians.iterator().next();
	}
}
