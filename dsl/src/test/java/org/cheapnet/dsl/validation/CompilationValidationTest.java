package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the driver cannot compile is an error at the hamiltonian's name, with the reason. */
class CompilationValidationTest extends AbstractValidationTest {

	@Test
	void aFlatNetworkThatCannotMeetTheToleranceFailsVerification() throws Exception {
		// one hidden layer for a product of 6 reals: its 6th-order finite difference loses about
		// 1e-3 of relative accuracy in double precision, far from the default 1e-6
		String text = "model M {\n    real x[6]\n    @symmetric(flip, permutation) @depth(1)\n    hamiltonian Flat = prod(i in 0..5) x[i]\n}\n";
		assertIssues(text, error(VERIFICATION_FAILED, offsetOf(text, "Flat"), 4));
		assertTrue(issue(validate(text), VERIFICATION_FAILED).getMessage().contains("exceeds the tolerance 0.000001"));
	}

	@Test
	void theSameFlatNetworkAtAReachableToleranceCompiles() throws Exception {
		assertNoIssues("model M {\n    real x[6]\n    @symmetric(flip, permutation) @depth(1) @tolerance(0.01)\n    hamiltonian Flat = prod(i in 0..5) x[i]\n}\n");
	}

	@Test
	void aDepthThePlanCannotMeetGetsTheFlatNetwork() throws Exception {
		// a product of 8 needs 3 layers of pairwise products; @depth(2) gets the one-layer network,
		// which meets a tolerance it can reach
		assertNoIssues("model M {\n    real x[8]\n    @symmetric(flip, permutation) @depth(2) @tolerance(0.05)\n    hamiltonian H = prod(i in 0..7) x[i]\n}\n");
	}

	@Test
	void aFlatProductOfTooManyFactorsIsUnsupported() throws Exception {
		String text = "model M {\n    real x[12]\n    @symmetric(flip, permutation) @depth(1)\n    hamiltonian H = prod(i in 0..11) x[i]\n}\n";
		assertIssues(text, error(NETWORK_UNSUPPORTED, offsetOf(text, "H ="), 1));
	}
}
