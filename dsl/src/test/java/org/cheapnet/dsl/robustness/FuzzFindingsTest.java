package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.cheapnet.runtime.network.Interpreter;
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
 * The bugs the fuzz and property tests found, each reduced to its smallest input, with what the
 * compiler must do instead (the whole inputs are in src/test/resources/fuzz-corpus).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class FuzzFindingsTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void anUnindexedLetNamingASiteOutsideItsOpenLatticeIsAPositionedError() throws Exception {
		// was: LoweringProblems$OutsideLattice escaped lowering ("Error executing EValidator" at line 0)
		String text = """
				model M {
				  lattice L = square(3, 1)
				  real v on L
				  let q = 2 * v[2, 2]
				}
				""";
		List<Issue> errors = errors(text);
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(HamIssueCodes.SITE_OUTSIDE_LATTICE, errors.get(0).getCode());
		assertEquals(text.indexOf("v[2, 2]"), errors.get(0).getOffset());
		assertEquals("v[2, 2]".length(), errors.get(0).getLength());
	}

	@Test
	void aLetWhoseDomainNamesTheLetItselfIsACycle() throws Exception {
		// was: StackOverflowError in lowering (letReference -> domainLattice -> letReference ...)
		String text = """
				model M {
				  let m[k in m] = 1
				  hamiltonian H = m[0]
				}
				""";
		List<Issue> errors = errors(text);
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(HamIssueCodes.LET_CYCLE, errors.get(0).getCode());
		assertEquals(text.indexOf("m] = 1"), errors.get(0).getOffset());
	}

	@Test
	void aNetworkOfThresholdGatesOnlyMeetsItsToleranceExactly() throws Exception {
		// was: beta chosen so that the threshold bound equalled the tolerance, which the worst
		// state attains; rounding then put the measured error at 1.0000000000001 times it
		String text = """
				model P {
				  bit b[3]
				  let q = 1.926 * b[2] - 0.109 - 0.977 * b[2] * b[1] - 0.967 * b[2]^2
				  hamiltonian H = -1.144 + 0.019 * q
				}
				""";
		assertEquals(List.of(), errors(text));
		Model model = parser.parse(text).getModels().get(0);
		LoweredModel lowered = Lowering.lower(model);
		ModelCompilation compilation = ModelCompiler.compile(model, lowered);
		assertEquals(List.of(), compilation.problems());
		Interpreter network = new Interpreter(compilation.hamiltonians().get(0).network().network());
		// H = c0 + c2 b2 + c12 b1 b2 (b^2 = b), S = |c0| + |c2| + |c12|
		double c0 = -1.144 - 0.019 * 0.109;
		double c2 = 0.019 * (1.926 - 0.967);
		double c12 = -0.019 * 0.977;
		double s = Math.abs(c0) + Math.abs(c2) + Math.abs(c12);
		for (int state = 0; state < 8; state++) {
			double[] b = { state & 1, state >> 1 & 1, state >> 2 & 1 };
			double exact = c0 + c2 * b[2] + c12 * b[1] * b[2];
			assertTrue(Math.abs(network.evaluate(b)[0] - exact) / s <= 1e-6, "state " + state);
		}
	}

	@Test
	void aLatticeOfHalfAMillionSpinsOfWhichAFewAreUsedVerifiesOnFewerPoints() throws Exception {
		// was: verification drew 14,096 points of 524,288 inputs each, minutes of work
		String text = """
				model Big {
				  lattice fine = square(65536, 8) periodic
				  spin s on fine
				  hamiltonian H = -sum(i in 0..3) s[i, 0] * s[i, 1]
				}
				""";
		Model model = parser.parse(text).getModels().get(0);
		LoweredModel lowered = Lowering.lower(model);
		assertEquals(List.of(), lowered.diagnostics());
		ModelCompilation compilation = ModelCompiler.compile(model, lowered);
		assertEquals(List.of(), compilation.problems());
		HamiltonianCompilation h = compilation.hamiltonians().get(0);
		// 50,000,000 input values / 524,288 inputs < 100: the minimum, 100 corners and 100 random points
		assertEquals(200, h.verification().points());
		assertTrue(h.verification().passed());
	}

	private List<Issue> errors(String text) throws Exception {
		return validation.validate(parser.parse(text)).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}
}
