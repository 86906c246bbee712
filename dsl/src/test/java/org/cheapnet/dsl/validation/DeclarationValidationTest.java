package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Syntax, names, lattices, variables, params and lets: each code at its exact range, nothing else. */
class DeclarationValidationTest extends AbstractValidationTest {

	@Test
	void strayCharacterIsASyntaxError() throws Exception {
		String text = """
				model M {
				    real x
				    hamiltonian H = x $ x
				}
				""";
		assertIssues(text, errorAt(SYNTAX_ERROR, text, "$"));
	}

	@Test
	void missingOperandIsASyntaxErrorAtTheNextToken() throws Exception {
		String text = "model M {\n    param p = 2 *\n}\n";
		assertIssues(text, error(SYNTAX_ERROR, text.lastIndexOf('}'), 1));
	}

	@Test
	void unknownVariable() throws Exception {
		String text = """
				model M {
				    real x
				    hamiltonian H = x * y
				}
				""";
		List<Issue> issues = assertIssues(text, error(UNKNOWN_NAME, offsetOf(text, "* y") + 2, 1));
		assertTrue(issue(issues, UNKNOWN_NAME).getMessage().contains("'y'"));
	}

	@Test
	void unknownLattice() throws Exception {
		String text = """
				model M {
				    lattice grid = square(2, 2)
				    spin s on gird
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(UNKNOWN_NAME, text, "gird"));
		assertTrue(issue(issues, UNKNOWN_NAME).getMessage().contains("lattice 'gird'"));
	}

	@Test
	void unknownHamiltonianInAClass() throws Exception {
		String text = """
				model M {
				    spin s
				    hamiltonian Hot = s
				    classifier C { class hot = Hot prior 0.5  class cold = Cold prior 0.5 }
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(UNKNOWN_NAME, text, "Cold"));
		assertTrue(issue(issues, UNKNOWN_NAME).getMessage().contains("hamiltonian 'Cold'"));
	}

	@Test
	void aLatticeIsNotAHamiltonian() throws Exception {
		String text = """
				model M {
				    lattice c = chain(2)
				    spin s
				    hamiltonian H = s
				    classifier C { class a = c prior 1 }
				}
				""";
		assertIssues(text, error(UNKNOWN_NAME, offsetOf(text, "= c prior") + 2, 1));
	}

	@Test
	void namesAreLocalToTheirModel() throws Exception {
		String text = """
				model A { real x }
				model B { real y  hamiltonian H = x }
				""";
		assertIssues(text, error(UNKNOWN_NAME, offsetOf(text, "= x") + 2, 1));
	}

	@Test
	void indexVariableIsNotVisibleOutsideItsSum() throws Exception {
		String text = """
				model M {
				    real x[3]
				    hamiltonian H = sum(i in 0..2) x[i] + x[j]
				}
				""";
		assertIssues(text, error(UNKNOWN_NAME, offsetOf(text, "x[j]") + 2, 1));
	}

	@Test
	void duplicateDeclarationName() throws Exception {
		String text = """
				model M {
				    param p = 1
				    real x
				    param p = 2
				}
				""";
		assertIssues(text, error(DUPLICATE_NAME, offsetOf(text, "p = 2"), 1));
	}

	@Test
	void duplicateModelName() throws Exception {
		String text = "model M { real x }\nmodel M { real y }\n";
		assertIssues(text, error(DUPLICATE_NAME, text.lastIndexOf("M"), 1));
	}

	@Test
	void unknownLatticeShape() throws Exception {
		String text = "model M {\n    lattice g = hexagon(4)\n}\n";
		assertIssues(text, errorAt(UNKNOWN_LATTICE_SHAPE, text, "hexagon"));
	}

	@Test
	void squareWithOneSize() throws Exception {
		String text = "model M {\n    lattice g = square(4)\n}\n";
		assertIssues(text, errorAt(LATTICE_ARITY, text, "square"));
	}

	@Test
	void cubicWithTwoSizes() throws Exception {
		String text = "model M {\n    lattice g = cubic(2, 2)\n}\n";
		assertIssues(text, errorAt(LATTICE_ARITY, text, "cubic"));
	}

	@Test
	void latticeSizeZero() throws Exception {
		String text = "model M {\n    lattice g = square(3, 0) periodic\n}\n";
		assertIssues(text, error(LATTICE_SIZE, offsetOf(text, "0)"), 1));
	}

	@Test
	void negativeLatticeSize() throws Exception {
		String text = "model M {\n    lattice c = chain(-2)\n}\n";
		assertIssues(text, errorAt(LATTICE_SIZE, text, "-2"));
	}

	@Test
	void nonIntegerLatticeSize() throws Exception {
		String text = "model M {\n    lattice c = chain(2.5)\n}\n";
		assertIssues(text, errorAt(NOT_AN_INTEGER, text, "2.5"));
	}

	@Test
	void latticeBeyondTheInputLimit() throws Exception {
		String text = "model M {\n    lattice c = chain(5000000)\n}\n";
		assertIssues(text, errorAt(LIMIT_EXCEEDED, text, "5000000"));
	}

	@Test
	void vectorSizeZero() throws Exception {
		String text = "model M {\n    real v[0]\n}\n";
		assertIssues(text, error(VECTOR_SIZE, offsetOf(text, "[0]") + 1, 1));
	}

	@Test
	void rangeWithLoAboveHi() throws Exception {
		String text = "model M {\n    real x in [1, 0]\n}\n";
		assertIssues(text, errorAt(EMPTY_RANGE, text, "in [1, 0]"));
	}

	@Test
	void rangeWithLoEqualToHi() throws Exception {
		String text = "model M {\n    param a = 0.5\n    real x[2] in [a, 1 / 2]\n}\n";
		assertIssues(text, errorAt(EMPTY_RANGE, text, "in [a, 1 / 2]"));
	}

	@Test
	void rangeOnASpin() throws Exception {
		String text = "model M {\n    spin s in [0, 1]\n}\n";
		assertIssues(text, errorAt(RANGE_ON_DISCRETE, text, "in [0, 1]"));
	}

	@Test
	void rangeOnBits() throws Exception {
		String text = "model M {\n    lattice c = chain(2)\n    bit b on c in [0, 1]\n}\n";
		assertIssues(text, errorAt(RANGE_ON_DISCRETE, text, "in [0, 1]"));
	}

	@Test
	void paramDefinedByAVariable() throws Exception {
		String text = "model M {\n    real x\n    param p = 2 * x\n}\n";
		assertIssues(text, error(NOT_CONSTANT, offsetOf(text, "* x") + 2, 1));
	}

	@Test
	void literalThatOverflows() throws Exception {
		String text = "model M {\n    param p = 1e999\n}\n";
		assertIssues(text, errorAt(NOT_CONSTANT, text, "1e999"));
	}

	@Test
	void paramsFromOtherParamsAreConstants() throws Exception {
		assertNoIssues("model M {\n    param a = 2\n    param b = a ^ 2 - 1 / a\n    real v[b * 2] in [-b, a]\n}\n");
	}

	@Test
	void paramDefinedByItself() throws Exception {
		String text = "model M {\n    param p = p + 1\n}\n";
		assertIssues(text, errorAt(PARAM_CYCLE, text, "p + 1"));
	}

	@Test
	void paramsDefinedByEachOther() throws Exception {
		String text = "model M {\n    param p = 2 * q\n    param q = p - 1\n}\n";
		assertIssues(text, errorAt(PARAM_CYCLE, text, "2 * q"), errorAt(PARAM_CYCLE, text, "p - 1"));
	}

	@Test
	void letDefinedByItself() throws Exception {
		String text = "model M {\n    real x\n    let a = a * x\n}\n";
		assertIssues(text, error(LET_CYCLE, offsetOf(text, "a * x"), 1));
	}

	@Test
	void letsDefinedByEachOther() throws Exception {
		String text = "model M {\n    real x\n    let a = x + b\n    let b = 2 * a\n}\n";
		assertIssues(text, error(LET_CYCLE, offsetOf(text, "+ b") + 2, 1), error(LET_CYCLE, offsetOf(text, "* a") + 2, 1));
	}

	@Test
	void indexedLetReadingItsNeighbourIsACycle() throws Exception {
		String text = "model M {\n    lattice c = chain(4) periodic\n    spin s on c\n    let f[i in c] = s[i] * f[i + 1]\n}\n";
		assertIssues(text, errorAt(LET_CYCLE, text, "f[i + 1]"));
	}

	@Test
	void letsInDependencyOrderOrNotAreFine() throws Exception {
		assertNoIssues("""
				model M {
				    real x[3]
				    let total = sum(i in 0..2) sq[i]
				    let sq[i in 0..2] = x[i] ^ 2
				    hamiltonian H = total + x[0]
				}
				""");
	}
}
