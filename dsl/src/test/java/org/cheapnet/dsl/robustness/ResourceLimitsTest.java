package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.ham.HamFile;
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
	void aThousandNestedParenthesesAreJustX() throws Exception {
		// The generated parser recurses about seven frames per parenthesis: on a 1 MB stack it
		// overflows near 800 levels (reported), so this runs on a large stack as Hamc.main does.
		String text = "model M {\n real x\n hamiltonian H = " + "(".repeat(1000) + "x" + ")".repeat(1000) + "\n}\n";
		Object[] result = new Object[1];
		Thread big = new Thread(null, () -> {
			try {
				HamFile file = parser.parse(text);
				result[0] = List.of(file, validation.validate(file));
			} catch (Throwable e) {
				result[0] = e;
			}
		}, "large-stack", 64L << 20);
		big.start();
		big.join();
		assertTrue(result[0] instanceof List<?>, () -> "threw " + result[0]);
		HamFile file = (HamFile) ((List<?>) result[0]).get(0);
		assertEquals(List.of(), errors((List<?>) ((List<?>) result[0]).get(1)));
		assertEquals(Polynomial.atom(0), onlyHamiltonian(file).expanded());
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
