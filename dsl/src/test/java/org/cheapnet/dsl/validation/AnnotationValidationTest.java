package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Annotation names and arguments. The hamiltonian is a lone real x (odd, on no lattice), which
 * has no locality or symmetry to suggest, so that only the annotation's own issue is reported.
 */
class AnnotationValidationTest extends AbstractValidationTest {

	private static String withAnnotations(String annotations) {
		return "model M {\n    real x\n    " + annotations + "\n    hamiltonian H = x + x ^ 3\n}\n";
	}

	@Test
	void everyKnownAnnotationWithValidArguments() throws Exception {
		assertNoIssues(withAnnotations("@local(0) @tolerance(1e-4) @activation(gelu) @depth(2)"));
		for (String activation : List.of("sigmoid", "tanh", "softplus", "silu", "gelu", "exp")) {
			assertNoIssues(withAnnotations("@activation(" + activation + ")"));
		}
	}

	@Test
	void unknownAnnotation() throws Exception {
		String text = withAnnotations("@depth(2) @gpu(fast, 2)");
		List<Issue> issues = assertIssues(text, errorAt(UNKNOWN_ANNOTATION, text, "@gpu(fast, 2)"));
		assertTrue(issue(issues, UNKNOWN_ANNOTATION).getMessage().contains("@gpu"));
	}

	@Test
	void unknownAnnotationWithoutArguments() throws Exception {
		String text = withAnnotations("@fast");
		assertIssues(text, errorAt(UNKNOWN_ANNOTATION, text, "@fast"));
	}

	@Test
	void annotationGivenTwice() throws Exception {
		String text = withAnnotations("@depth(2) @tolerance(1e-3) @depth(3)");
		assertIssues(text, errorAt(DUPLICATE_ANNOTATION, text, "@depth(3)"));
	}

	@Test
	void symmetricMayBeRepeated() throws Exception {
		assertNoIssues("model M {\n    real x\n    @symmetric(flip) @symmetric(flip)\n    hamiltonian H = x ^ 2\n}\n");
	}

	@Test
	void toleranceZero() throws Exception {
		String text = withAnnotations("@tolerance(0)");
		assertIssues(text, error(TOLERANCE_NOT_POSITIVE, offsetOf(text, "(0)") + 1, 1));
	}

	@Test
	void negativeTolerance() throws Exception {
		String text = withAnnotations("@tolerance(-1e-3)");
		assertIssues(text, errorAt(TOLERANCE_NOT_POSITIVE, text, "-1e-3"));
	}

	@Test
	void toleranceThatIsNotAConstant() throws Exception {
		String text = withAnnotations("@tolerance(2 * x)");
		assertIssues(text, error(NOT_CONSTANT, offsetOf(text, "* x") + 2, 1));
	}

	@Test
	void depthZero() throws Exception {
		String text = withAnnotations("@depth(0)");
		assertIssues(text, error(DEPTH_BELOW_ONE, offsetOf(text, "(0)") + 1, 1));
	}

	@Test
	void fractionalDepth() throws Exception {
		String text = withAnnotations("@depth(1.5)");
		assertIssues(text, errorAt(DEPTH_BELOW_ONE, text, "1.5"));
	}

	@Test
	void negativeLocalityRadius() throws Exception {
		String text = withAnnotations("@local(-1)");
		assertIssues(text, errorAt(LOCAL_RADIUS, text, "-1"));
	}

	@Test
	void fractionalLocalityRadius() throws Exception {
		String text = withAnnotations("@local(0.5)");
		assertIssues(text, errorAt(LOCAL_RADIUS, text, "0.5"));
	}

	@Test
	void unknownActivation() throws Exception {
		String text = withAnnotations("@activation(relu)");
		List<Issue> issues = assertIssues(text, errorAt(UNKNOWN_ACTIVATION, text, "relu"));
		assertTrue(issue(issues, UNKNOWN_ACTIVATION).getMessage().contains("'relu'"));
	}

	@Test
	void activationNamesAreCaseSensitive() throws Exception {
		String text = withAnnotations("@activation(Tanh)");
		assertIssues(text, errorAt(UNKNOWN_ACTIVATION, text, "Tanh"));
	}

	@Test
	void unknownSymmetryAmongKnownOnes() throws Exception {
		String text = "model M {\n    real x\n    @symmetric(flip, mirror)\n    hamiltonian H = x ^ 2\n}\n";
		List<Issue> issues = assertIssues(text, errorAt(UNKNOWN_SYMMETRY, text, "mirror"));
		assertTrue(issue(issues, UNKNOWN_SYMMETRY).getMessage().contains("'mirror'"));
	}
}
