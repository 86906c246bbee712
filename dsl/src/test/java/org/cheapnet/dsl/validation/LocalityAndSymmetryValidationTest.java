package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The claims @local and @symmetric, checked on the expanded polynomial, and the infos for a
 * locality or symmetry that a hamiltonian has but does not declare.
 */
class LocalityAndSymmetryValidationTest extends AbstractValidationTest {
	private static final Pattern WITNESS = Pattern.compile("the term (\\S+) has coefficient (\\S+) but its image (\\S+) has (\\S+)$");
	private static final Pattern SITE = Pattern.compile("\\w+\\[(\\d+)]");

	/** The offset of a hamiltonian's name in the text. */
	private static int nameOf(String text, String hamiltonian) {
		return offsetOf(text, "hamiltonian " + hamiltonian + " ") + "hamiltonian ".length();
	}

	// ---- @local ----

	@Test
	void localViolatedNamesTheOffendingTerm() throws Exception {
		String text = """
				model M {
				    lattice c = chain(8)
				    spin s on c
				    @local(1) @symmetric(flip)
				    hamiltonian H = sum(i in c) s[i] * s[i + 1] + 0.5 * s[2] * s[5]
				}
				""";
		List<Issue> issues = assertIssues(text, error(LOCALITY_VIOLATED, offsetOf(text, "(1)") + 1, 1));
		Issue issue = issue(issues, LOCALITY_VIOLATED);
		assertTrue(issue.getMessage().contains("s[2]*s[5]"), issue.getMessage());
		assertTrue(issue.getMessage().contains("distance 3"), issue.getMessage());
		assertArrayEquals(new String[] { "3" }, issue.getData()); // the radius the terms need
	}

	@Test
	void localCountsDistanceAroundAPeriodicChain() throws Exception {
		String periodic = "model M {\n    lattice c = chain(8) periodic\n    spin s on c\n    @local(1) @symmetric(flip)\n    hamiltonian H = s[0] * s[7]\n}\n";
		assertNoIssues(periodic);
		String open = periodic.replace(" periodic", "");
		List<Issue> issues = assertIssues(open, error(LOCALITY_VIOLATED, offsetOf(open, "(1)") + 1, 1));
		assertTrue(issue(issues, LOCALITY_VIOLATED).getMessage().contains("s[0]*s[7]"));
		assertArrayEquals(new String[] { "7" }, issue(issues, LOCALITY_VIOLATED).getData());
	}

	@Test
	void localOnASquareLatticeUsesGraphDistance() throws Exception {
		String text = """
				model M {
				    lattice g = square(4, 4) periodic
				    spin s on g
				    @local(1) @symmetric(flip)
				    hamiltonian H = -sum(<a, b> in g) s[a] * s[b] + s[0, 0] * s[2, 2]
				}
				""";
		List<Issue> issues = assertIssues(text, error(LOCALITY_VIOLATED, offsetOf(text, "(1)") + 1, 1));
		assertTrue(issue(issues, LOCALITY_VIOLATED).getMessage().contains("s[0,0]*s[2,2]"));
		assertArrayEquals(new String[] { "4" }, issue(issues, LOCALITY_VIOLATED).getData()); // 2 + 2 steps, wrapping does not help
	}

	// ---- @symmetric(translation) ----

	@Test
	void translationViolatedShowsATermAndItsTranslate() throws Exception {
		String text = """
				model M {
				    lattice c = chain(4) periodic
				    spin s on c
				    @local(1) @symmetric(translation, flip)
				    hamiltonian H = sum(i in c) s[i] * s[i + 1] + 0.5 * s[0] * s[1]
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(SYMMETRY_VIOLATED, text, "translation"));
		Issue issue = issue(issues, SYMMETRY_VIOLATED);
		assertArrayEquals(new String[] { "translation" }, issue.getData());
		Matcher witness = WITNESS.matcher(issue.getMessage());
		assertTrue(witness.find(), issue.getMessage());
		// The bond {k, k+1 mod 4} has coefficient 1, plus 0.5 for the bond {0, 1}.
		Map<List<Integer>, Double> coefficients = Map.of(List.of(0, 1), 1.5, List.of(1, 2), 1.0, List.of(2, 3), 1.0, List.of(0, 3), 1.0);
		List<Integer> term = sites(witness.group(1));
		List<Integer> image = sites(witness.group(3));
		List<Integer> shifted = term.stream().map(k -> (k + 1) % 4).sorted().collect(Collectors.toList());
		List<Integer> shiftedBack = term.stream().map(k -> (k + 3) % 4).sorted().collect(Collectors.toList());
		assertTrue(image.equals(shifted) || image.equals(shiftedBack), "the image is a translate of the term: " + issue.getMessage());
		assertEquals(coefficients.getOrDefault(term, 0.0), Double.parseDouble(witness.group(2)));
		assertEquals(coefficients.getOrDefault(image, 0.0), Double.parseDouble(witness.group(4)));
		assertNotEquals(witness.group(2), witness.group(4));
	}

	/** The site indices of a monomial label such as "s[0]*s[3]", sorted. */
	private static List<Integer> sites(String monomial) {
		return Arrays.stream(monomial.split("\\*")).map(factor -> {
			Matcher m = SITE.matcher(factor);
			assertTrue(m.matches(), factor);
			return Integer.parseInt(m.group(1));
		}).sorted().collect(Collectors.toList());
	}

	@Test
	void translationWithoutAPeriodicLatticeDoesNotApply() throws Exception {
		String text = """
				model M {
				    lattice c = chain(4)
				    spin s on c
				    @local(1) @symmetric(flip, translation)
				    hamiltonian H = sum(i in c) s[i] * s[i + 1]
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(SYMMETRY_NOT_APPLICABLE, text, "translation"));
		assertArrayEquals(new String[] { "translation" }, issue(issues, SYMMETRY_NOT_APPLICABLE).getData());
	}

	@Test
	void translationOfVectorsDoesNotApply() throws Exception {
		String text = "model M {\n    real v[3]\n    @symmetric(translation)\n    hamiltonian H = v[0] + v[1] + v[2]\n}\n";
		assertIssues(text, errorAt(SYMMETRY_NOT_APPLICABLE, text, "translation"));
	}

	// ---- flip, rotation, reflection, permutation ----

	@Test
	void flipViolatedByAFieldTerm() throws Exception {
		String text = """
				model M {
				    lattice c = chain(4) periodic
				    spin s on c
				    @local(1) @symmetric(translation, flip)
				    hamiltonian H = -sum(i in c) s[i] * s[i + 1] - 0.5 * sum(i in c) s[i]
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(SYMMETRY_VIOLATED, text, "flip"));
		Issue issue = issue(issues, SYMMETRY_VIOLATED);
		assertArrayEquals(new String[] { "flip" }, issue.getData());
		Matcher witness = WITNESS.matcher(issue.getMessage());
		assertTrue(witness.find(), issue.getMessage());
		assertEquals(1, sites(witness.group(1)).size(), "an odd term, the field: " + issue.getMessage());
		assertEquals(-0.5, Double.parseDouble(witness.group(2)));
		assertEquals(0.5, Double.parseDouble(witness.group(4))); // H(-s) has the field's sign flipped
	}

	@Test
	void rotationOnANonSquareLatticeDoesNotApply() throws Exception {
		String text = """
				model M {
				    lattice g = square(3, 4) periodic
				    spin s on g
				    @local(1) @symmetric(translation, flip, rotation)
				    hamiltonian H = -sum(<a, b> in g) s[a] * s[b]
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(SYMMETRY_NOT_APPLICABLE, text, "rotation"));
		assertTrue(issue(issues, SYMMETRY_NOT_APPLICABLE).getMessage().contains("3 x 4"));
	}

	@Test
	void rotationAndReflectionHoldOnASquareIsingModel() throws Exception {
		assertNoIssues("""
				model M {
				    lattice g = square(4, 4) periodic
				    spin s on g
				    @local(1) @symmetric(translation, flip, rotation, reflection)
				    hamiltonian H = -sum(<a, b> in g) s[a] * s[b]
				}
				""");
	}

	@Test
	void reflectionViolatedByAnEdgeField() throws Exception {
		String text = """
				model M {
				    lattice c = chain(5)
				    real phi on c
				    @local(1) @symmetric(reflection)
				    hamiltonian H = sum(i in c) (phi[i + 1] - phi[i]) ^ 2 + phi[0]
				}
				""";
		assertIssues(text, errorAt(SYMMETRY_VIOLATED, text, "reflection"));
	}

	@Test
	void permutationHolds() throws Exception {
		assertNoIssues("""
				model M {
				    real x[3]
				    @symmetric(permutation, flip)
				    hamiltonian H = sum(i in 0..2) x[i] ^ 2 + x[0] * x[1] + x[0] * x[2] + x[1] * x[2]
				}
				""");
	}

	@Test
	void permutationFails() throws Exception {
		String text = """
				model M {
				    real x[3]
				    @symmetric(flip, permutation)
				    hamiltonian H = x[0] ^ 2 + 2 * x[1] ^ 2 + x[2] ^ 2
				}
				""";
		List<Issue> issues = assertIssues(text, errorAt(SYMMETRY_VIOLATED, text, "permutation"));
		Matcher witness = WITNESS.matcher(issue(issues, SYMMETRY_VIOLATED).getMessage());
		assertTrue(witness.find());
		Map<String, Double> coefficients = Map.of("x[0]^2", 1.0, "x[1]^2", 2.0, "x[2]^2", 1.0);
		assertEquals(coefficients.get(witness.group(1)), Double.parseDouble(witness.group(2)));
		assertEquals(coefficients.get(witness.group(3)), Double.parseDouble(witness.group(4)));
	}

	@Test
	void permutationWithoutAVectorDoesNotApply() throws Exception {
		String text = "model M {\n    real x\n    @symmetric(permutation, flip)\n    hamiltonian H = x ^ 2\n}\n";
		assertIssues(text, errorAt(SYMMETRY_NOT_APPLICABLE, text, "permutation"));
	}

	// ---- infos for what is not declared ----

	private static final String ISING = """
			model Ising {
			    lattice g = square(4, 4) periodic
			    spin s on g
			    ANNOTATIONS
			    hamiltonian H = -sum(<a, b> in g) s[a] * s[b]
			}
			""";

	@Test
	void undeclaredLocalityTranslationAndFlipOnAPeriodicIsingModel() throws Exception {
		String text = ISING.replace("ANNOTATIONS", "");
		int name = nameOf(text, "H");
		List<Issue> issues = assertIssues(text, info(UNDECLARED_LOCALITY, name, 1), info(UNDECLARED_SYMMETRY, name, 1),
				info(UNDECLARED_SYMMETRY, name, 1));
		assertArrayEquals(new String[] { "1" }, issue(issues, UNDECLARED_LOCALITY).getData());
		assertEquals(List.of("flip", "translation"), issues.stream().filter(i -> UNDECLARED_SYMMETRY.equals(i.getCode()))
				.map(i -> i.getData()[0]).sorted().collect(Collectors.toList()));
	}

	@Test
	void onlyWhatIsStillUndeclaredIsSuggested() throws Exception {
		String text = ISING.replace("ANNOTATIONS", "@local(1) @symmetric(flip)");
		List<Issue> issues = assertIssues(text, info(UNDECLARED_SYMMETRY, nameOf(text, "H"), 1));
		assertArrayEquals(new String[] { "translation" }, issue(issues, UNDECLARED_SYMMETRY).getData());
	}

	@Test
	void noInfoOnceEverythingIsDeclared() throws Exception {
		assertNoIssues(ISING.replace("ANNOTATIONS", "@local(1) @symmetric(translation, flip)"));
	}

	@Test
	void aFieldRemovesTheFlipSuggestion() throws Exception {
		String text = ISING.replace("ANNOTATIONS", "").replace("s[a] * s[b]", "s[a] * s[b] - 0.1 * sum(a in g) s[a]");
		int name = nameOf(text, "H");
		List<Issue> issues = assertIssues(text, info(UNDECLARED_LOCALITY, name, 1), info(UNDECLARED_SYMMETRY, name, 1));
		assertArrayEquals(new String[] { "translation" }, issue(issues, UNDECLARED_SYMMETRY).getData());
	}

	@Test
	void largePeriodicIsingModelWithItsClaimsHasNoIssues() throws Exception {
		assertNoIssues("""
				model Ising64 {
				    lattice grid = square(64, 64) periodic
				    spin s on grid
				    param J = 1.0
				    param h = 0.1
				    @local(1) @symmetric(translation)
				    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b]
				                  - h * sum(a in grid) s[a]
				}
				""");
	}
}
