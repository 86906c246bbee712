package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import org.junit.jupiter.api.Test;

/**
 * Expressions that are not polynomials in the variables, and indices and sites that do not fit:
 * each an error at the offending text, one per hamiltonian, nothing else reported. The
 * hamiltonians are chosen to have no undeclared locality or symmetry (no infos).
 */
class ExpressionValidationTest extends AbstractValidationTest {

	@Test
	void divisionByAVariable() throws Exception {
		String text = "model M {\n    real x\n    real y\n    hamiltonian H = x / y\n}\n";
		assertIssues(text, error(NON_POLYNOMIAL, offsetOf(text, "/ y") + 2, 1));
	}

	@Test
	void divisionByAConstantIsFine() throws Exception {
		assertNoIssues("model M {\n    real x\n    param k = 4\n    hamiltonian H = x / 2 + x ^ 3 / k\n}\n");
	}

	@Test
	void divisionByZero() throws Exception {
		String text = "model M {\n    real x\n    param k = 1\n    hamiltonian H = x / (k - 1)\n}\n";
		assertIssues(text, errorAt(DIVISION_BY_ZERO, text, "k - 1"));
	}

	@Test
	void negativeExponent() throws Exception {
		String text = "model M {\n    real x\n    hamiltonian H = x ^ -1\n}\n";
		assertIssues(text, errorAt(NEGATIVE_EXPONENT, text, "-1"));
	}

	@Test
	void nonIntegerExponent() throws Exception {
		String text = "model M {\n    real x\n    hamiltonian H = x + x ^ 0.5\n}\n";
		assertIssues(text, errorAt(NON_INTEGER_EXPONENT, text, "0.5"));
	}

	@Test
	void variableExponent() throws Exception {
		String text = "model M {\n    real x\n    real n\n    hamiltonian H = x ^ n\n}\n";
		assertIssues(text, error(NON_POLYNOMIAL, offsetOf(text, "^ n") + 2, 1));
	}

	@Test
	void vectorIndexOutOfRange() throws Exception {
		String text = "model M {\n    real phi[4]\n    hamiltonian H = phi[0] + phi[9]\n}\n";
		assertIssues(text, error(INDEX_OUT_OF_RANGE, offsetOf(text, "phi[9]") + "phi[".length(), 1));
	}

	@Test
	void vectorIndexOutOfRangeInsideASumIsAnErrorNotAnOmission() throws Exception {
		String text = "model M {\n    real phi[4]\n    hamiltonian H = sum(i in 0..3) phi[i + 1]\n}\n";
		assertIssues(text, errorAt(INDEX_OUT_OF_RANGE, text, "i + 1"));
	}

	@Test
	void rangeLetIndexOutOfRange() throws Exception {
		String text = "model M {\n    real x[3]\n    let q[k in 0..2] = x[k] ^ 3\n    hamiltonian H = q[3]\n}\n";
		assertIssues(text, error(INDEX_OUT_OF_RANGE, offsetOf(text, "q[3]") + 2, 1));
	}

	@Test
	void oneDimensionalSiteOnASquareLattice() throws Exception {
		String text = "model M {\n    lattice g = square(3, 3)\n    spin s on g\n    hamiltonian H = s[1]\n}\n";
		assertIssues(text, error(WRONG_DIMENSION, offsetOf(text, "s[1]") + 2, 1));
	}

	@Test
	void threeCoordinatesOnASquareLattice() throws Exception {
		String text = "model M {\n    lattice g = square(3, 3)\n    spin s on g\n    hamiltonian H = s[0, 1, 2]\n}\n";
		assertIssues(text, error(WRONG_DIMENSION, offsetOf(text, "s[0, 1, 2]") + 2, 1));
	}

	@Test
	void squareSiteOffsetByAnInteger() throws Exception {
		String text = "model M {\n    lattice g = square(3, 3) periodic\n    spin s on g\n    hamiltonian H = sum(a in g) s[a + 1]\n}\n";
		assertIssues(text, errorAt(WRONG_DIMENSION, text, "a + 1"));
	}

	@Test
	void squareSiteOffsetByATripleTuple() throws Exception {
		String text = "model M {\n    lattice g = square(3, 3) periodic\n    spin s on g\n    hamiltonian H = sum(a in g) s[a + (1, 0, 0)]\n}\n";
		assertIssues(text, errorAt(WRONG_DIMENSION, text, "a + (1, 0, 0)"));
	}

	@Test
	void latticeVariableWithoutIndex() throws Exception {
		String text = "model M {\n    lattice c = chain(3)\n    spin s on c\n    hamiltonian H = s\n}\n";
		assertIssues(text, error(MISSING_INDEX, offsetOf(text, "= s") + 2, 1));
	}

	@Test
	void vectorWithoutIndex() throws Exception {
		String text = "model M {\n    real v[3]\n    hamiltonian H = 2 * v\n}\n";
		assertIssues(text, error(MISSING_INDEX, offsetOf(text, "* v") + 2, 1));
	}

	@Test
	void scalarWithAnIndex() throws Exception {
		String text = "model M {\n    real x\n    hamiltonian H = x[0]\n}\n";
		assertIssues(text, error(UNEXPECTED_INDEX, offsetOf(text, "x[0]") + 2, 1));
	}

	@Test
	void paramWithAnIndex() throws Exception {
		String text = "model M {\n    real x\n    param J = 1\n    hamiltonian H = J[2] * x\n}\n";
		assertIssues(text, error(UNEXPECTED_INDEX, offsetOf(text, "J[2]") + 2, 1));
	}

	@Test
	void nonIntegerVectorIndex() throws Exception {
		String text = "model M {\n    real v[3]\n    hamiltonian H = v[0.5]\n}\n";
		assertIssues(text, errorAt(NOT_AN_INTEGER, text, "0.5"));
	}

	@Test
	void siteUsedAsAValue() throws Exception {
		String text = "model M {\n    lattice g = square(2, 2)\n    spin s on g\n    hamiltonian H = sum(a in g) a * s[a]\n}\n";
		assertIssues(text, error(SITE_AS_VALUE, offsetOf(text, "a * s[a]"), 1));
	}

	@Test
	void chainSiteUsedAsANumberIsFine() throws Exception {
		assertNoIssues("model M {\n    lattice c = chain(3)\n    real phi on c\n    hamiltonian H = sum(i in c) (i + 1) * phi[i]\n}\n");
	}

	@Test
	void latticeUsedAsAValue() throws Exception {
		String text = "model M {\n    lattice g = chain(2)\n    real x\n    hamiltonian H = g * x\n}\n";
		assertIssues(text, error(LATTICE_AS_VALUE, offsetOf(text, "g * x"), 1));
	}

	@Test
	void sumOverANumber() throws Exception {
		String text = "model M {\n    real x[3]\n    hamiltonian H = sum(i in 3) x[i]\n}\n";
		assertIssues(text, error(NOT_A_DOMAIN, offsetOf(text, "in 3") + 3, 1));
	}

	@Test
	void bondSumOverARange() throws Exception {
		String text = "model M {\n    real x[4]\n    hamiltonian H = sum(<a, b> in 0..3) x[a] * x[b]\n}\n";
		assertIssues(text, errorAt(NOT_A_DOMAIN, text, "0..3"));
	}

	@Test
	void siteOutsideAnOpenLatticeOutsideAnySum() throws Exception {
		String text = "model M {\n    lattice c = chain(4)\n    spin s on c\n    hamiltonian H = s[0] + s[4]\n}\n";
		assertIssues(text, errorAt(SITE_OUTSIDE_LATTICE, text, "s[4]"));
	}

	@Test
	void siteOutsideAnOpenLatticeInsideASumIsLeftOut() throws Exception {
		assertNoIssues("""
				model M {
				    lattice c = chain(8)
				    real phi on c
				    @local(1) @symmetric(flip)
				    hamiltonian H = sum(i in c) (phi[i + 1] - phi[i]) ^ 2
				}
				""");
	}

	@Test
	void exponentBeyondTheLimit() throws Exception {
		String text = "model M {\n    real x\n    hamiltonian H = x ^ 3000000001\n}\n";
		assertIssues(text, errorAt(LIMIT_EXCEEDED, text, "3000000001"));
	}

	@Test
	void oneErrorPerHamiltonianEvenWhenEveryTermIsWrong() throws Exception {
		String text = "model M {\n    real x[2]\n    hamiltonian H = sum(i in 0..5) x[i + 2]\n    hamiltonian G = x[0] / x[1]\n}\n";
		assertIssues(text, errorAt(INDEX_OUT_OF_RANGE, text, "i + 2"), error(NON_POLYNOMIAL, offsetOf(text, "/ x[1]") + 2, 4));
	}
}
