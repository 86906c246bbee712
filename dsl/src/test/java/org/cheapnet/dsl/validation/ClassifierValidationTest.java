package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Classifiers: classes, priors, the same variables in every class and a feasible normalization.
 * The hamiltonians are odd or carry their symmetries, so that no info is reported.
 */
class ClassifierValidationTest extends AbstractValidationTest {

	@Test
	void wellFormedClassifierHasNoIssues() throws Exception {
		assertNoIssues("""
				model M {
				    spin s[3]
				    hamiltonian Hot = s[0] + s[1] * s[2]
				    hamiltonian Cold = -s[0] - s[1] * s[2]
				    classifier T { class hot = Hot prior 0.25  class cold = Cold prior 0.75  normalize exact }
				}
				""");
	}

	@Test
	void classifierWithoutClasses() throws Exception {
		String text = "model M {\n    classifier Empty { normalize exact }\n}\n";
		assertIssues(text, errorAt(EMPTY_CLASSIFIER, text, "Empty"));
	}

	@Test
	void duplicateClassName() throws Exception {
		String text = """
				model M {
				    spin u
				    hamiltonian A = u
				    hamiltonian B = -u
				    classifier C { class a = A prior 0.5  class a = B prior 0.5 }
				}
				""";
		assertIssues(text, error(DUPLICATE_NAME, offsetOf(text, "a = B"), 1));
	}

	@Test
	void classesReadingDifferentVariables() throws Exception {
		String text = """
				model M {
				    spin u
				    spin v
				    hamiltonian A = u
				    hamiltonian B = v
				    classifier C { class a = A prior 0.5  class b = B prior 0.5 }
				}
				""";
		List<Issue> issues = assertIssues(text, error(CLASSES_READ_DIFFERENT_VARIABLES, offsetOf(text, "= B prior") + 2, 1));
		assertTrue(issue(issues, CLASSES_READ_DIFFERENT_VARIABLES).getMessage().contains("[u]"));
		assertTrue(issue(issues, CLASSES_READ_DIFFERENT_VARIABLES).getMessage().contains("[v]"));
	}

	@Test
	void classesReadingDifferentSitesOfTheSameVariableAreFine() throws Exception {
		assertNoIssues("""
				model M {
				    spin s[2]
				    hamiltonian A = s[0]
				    hamiltonian B = s[1]
				    classifier C { class a = A prior 0.5  class b = B prior 0.5 }
				}
				""");
	}

	@Test
	void zeroPrior() throws Exception {
		String text = """
				model M {
				    spin u
				    hamiltonian A = u
				    hamiltonian B = -u
				    classifier C { class a = A prior 1  class b = B prior 0 }
				}
				""";
		assertIssues(text, error(PRIOR_NOT_POSITIVE, offsetOf(text, "prior 0 ") + "prior ".length(), 1));
	}

	@Test
	void negativePrior() throws Exception {
		String text = """
				model M {
				    spin u
				    hamiltonian A = u
				    hamiltonian B = -u
				    classifier C { class a = A prior -0.5  class b = B prior 1.5 }
				}
				""";
		assertIssues(text, errorAt(PRIOR_NOT_POSITIVE, text, "-0.5"));
	}

	@Test
	void priorsNotSummingToOneAreRenormalizedWithAWarning() throws Exception {
		String text = """
				model M {
				    spin u
				    hamiltonian A = u
				    hamiltonian B = -u
				    hamiltonian D = 2 * u
				    classifier Three { class a = A prior 1  class b = B prior 3  class d = D prior 4 }
				}
				""";
		List<Issue> issues = assertIssues(text, warning(PRIORS_NOT_NORMALIZED, offsetOf(text, "Three"), "Three".length()));
		Issue issue = issue(issues, PRIORS_NOT_NORMALIZED);
		double[] expected = { 1.0 / 8, 3.0 / 8, 4.0 / 8 };
		assertEquals(Arrays.stream(expected).boxed().collect(Collectors.toList()),
				Arrays.stream(issue.getData()).map(Double::valueOf).collect(Collectors.toList()));
		assertTrue(issue.getMessage().contains("0.125, 0.375, 0.5"), issue.getMessage());
		assertTrue(issue.getMessage().contains("sum to 8"), issue.getMessage());
	}

	@Test
	void priorsFromParamsSummingToOneAreFine() throws Exception {
		assertNoIssues("""
				model M {
				    spin u
				    param p = 0.1
				    hamiltonian A = u
				    hamiltonian B = -u
				    classifier C { class a = A prior p  class b = B prior 1 - p }
				}
				""");
	}

	// ---- normalize exact ----

	private static String spinsClassifier(int n) {
		return "model M {\n    spin s[" + n + "]\n    hamiltonian A = sum(i in 0.." + (n - 1) + ") s[i]\n"
				+ "    hamiltonian B = -sum(i in 0.." + (n - 1) + ") s[i]\n"
				+ "    classifier C { class a = A prior 0.5  class b = B prior 0.5  normalize exact }\n}\n";
	}

	@Test
	void exactOver24SpinsIsWithinTheLimit() throws Exception {
		assertNoIssues(spinsClassifier(24));
	}

	@Test
	void exactOver25SpinsIsBeyondTwoToThe24States() throws Exception {
		String text = spinsClassifier(25);
		List<Issue> issues = assertIssues(text, errorAt(EXACT_TOO_MANY_STATES, text, "exact"));
		assertTrue(issue(issues, EXACT_TOO_MANY_STATES).getMessage().contains("2^25"));
	}

	@Test
	void exactOverARealVariable() throws Exception {
		String text = """
				model M {
				    real x
				    hamiltonian A = x
				    classifier C { class a = A prior 1  normalize exact }
				}
				""";
		assertIssues(text, errorAt(EXACT_NEEDS_DISCRETE, text, "exact"));
	}

	// ---- normalize gaussian ----

	private static String gaussianClassifier(String hamiltonian) {
		return "model M {\n    real x\n    real y\n    hamiltonian G = " + hamiltonian + "\n"
				+ "    classifier C { class g = G prior 1  normalize gaussian }\n}\n";
	}

	@Test
	void gaussianOnAPositiveDefiniteQuadraticForm() throws Exception {
		// A = [[1, 0.25], [0.25, 1]]: eigenvalues 0.75 and 1.25
		assertNoIssues(gaussianClassifier("0.5 * x ^ 2 + 0.5 * y ^ 2 + 0.25 * x * y + x - 2"));
	}

	@Test
	void gaussianOnACubic() throws Exception {
		String text = gaussianClassifier("x ^ 2 + y ^ 2 + x ^ 3");
		assertIssues(text, error(GAUSSIAN_NOT_QUADRATIC, offsetOf(text, "= G prior") + 2, 1));
	}

	@Test
	void gaussianOnAnIndefiniteQuadraticForm() throws Exception {
		// A = [[2, 0], [0, -2]]: a saddle, no normalizable density
		String text = gaussianClassifier("x ^ 2 - y ^ 2 + x");
		assertIssues(text, error(GAUSSIAN_NOT_DEFINITE, offsetOf(text, "= G prior") + 2, 1));
	}

	@Test
	void gaussianOnASemiDefiniteQuadraticForm() throws Exception {
		// (x + y)^2: A = [[2, 2], [2, 2]] is singular, the integral diverges along x = -y
		String text = gaussianClassifier("(x + y) ^ 2 + x");
		assertIssues(text, error(GAUSSIAN_NOT_DEFINITE, offsetOf(text, "= G prior") + 2, 1));
	}

	@Test
	void gaussianOverSpins() throws Exception {
		String text = """
				model M {
				    spin s[2]
				    hamiltonian G = s[0] * s[1] + s[0]
				    classifier C { class g = G prior 1  normalize gaussian }
				}
				""";
		assertIssues(text, error(GAUSSIAN_NEEDS_REAL, offsetOf(text, "= G prior") + 2, 1));
	}
}
