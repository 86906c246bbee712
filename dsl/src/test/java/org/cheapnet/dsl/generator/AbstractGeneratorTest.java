package org.cheapnet.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.LoweredModels;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.ejml.data.DMatrixRMaj;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Parses and validates a model written in the test, compiles it and emits its Java; plus the independent numerics. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
abstract class AbstractGeneratorTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private LoweredModels loweredModels;

	/** One model of the text: its lowering, its compilation and its emitted files. */
	record Generated(LoweredModel lowered, ModelCompilation compilation, List<GeneratedJava> files) {
		GeneratedJava file(String className) {
			return files.stream().filter(f -> f.qualifiedName().endsWith("." + className) || f.qualifiedName().equals(className))
					.findFirst().orElseThrow(() -> new AssertionError("no class " + className + " in " + files));
		}
	}

	/** Every model of a valid text, emitted with the given straight-line limit. */
	List<Generated> generate(String text, int maxStraight) throws Exception {
		HamFile file = parser.parse(text);
		List<Issue> errors = validation.validate(file).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new AssertionError("validation errors: " + errors);
		}
		List<Generated> result = new ArrayList<>();
		for (Model model : file.getModels()) {
			LoweredModel lowered = loweredModels.of(model);
			ModelCompilation compilation = ModelCompiler.compile(model, lowered);
			if (compilation.hasProblems()) {
				throw new AssertionError("compilation problems: " + compilation.problems());
			}
			result.add(new Generated(lowered, compilation,
					new JavaEmitter("test.ham", lowered.space(), maxStraight).emit(compilation)));
		}
		return result;
	}

	/** A point of the declared domain: spins -1/+1, bits 0/1, reals uniform in [lo, hi]. */
	static double[] randomPoint(VariableSpace space, Random random) {
		double[] x = new double[space.inputCount()];
		for (int i = 0; i < x.length; i++) {
			x[i] = switch (space.declarationOf(i).kind()) {
			case SPIN -> random.nextBoolean() ? 1 : -1;
			case BIT -> random.nextBoolean() ? 1 : 0;
			case REAL -> space.declarationOf(i).lo() + random.nextDouble() * (space.declarationOf(i).hi() - space.declarationOf(i).lo());
			};
		}
		return x;
	}

	/** LANGUAGE.md's scale S = sum_k |c_k| max |m_k| over the domain. */
	/**
	 * The batch network(xs, out) on 1, 255 and 600 random rows (the lanes' blocks are 256 rows):
	 * every row within the tolerance of the exact polynomial, and within twice the class's error
	 * bound of the one-row network (both evaluate the same network; they round differently).
	 */
	static void assertBatchMatches(CompiledHamiltonian h, Polynomial exact, VariableSpace space, double tolerance, long seed) {
		double s = scale(exact, space);
		Random random = new Random(seed);
		int n = space.inputCount();
		for (int rows : new int[] { 1, 255, 600 }) {
			DMatrixRMaj xs = new DMatrixRMaj(rows, n);
			for (int r = 0; r < rows; r++) {
				System.arraycopy(randomPoint(space, random), 0, xs.data, r * n, n);
			}
			double[] out = new double[rows];
			h.network(xs, out);
			for (int r = 0; r < rows; r++) {
				double[] x = java.util.Arrays.copyOfRange(xs.data, r * n, (r + 1) * n);
				double value = exact.evaluate(x);
				assertTrue(Math.abs(out[r] - value) <= tolerance * s, "row " + r + " of " + rows + ": " + out[r] + " against " + value);
				assertEquals(h.network(x), out[r], 2 * h.info().errorBound() * s, "row " + r + " of " + rows + " against one row");
			}
		}
	}

	static double scale(Polynomial h, VariableSpace space) {
		double s = 0;
		for (int k = 0; k < h.termCount(); k++) {
			Monomial m = h.monomial(k);
			double max = Math.abs(h.coefficientAt(k));
			for (int i = 0; i < m.size(); i++) {
				double lo = space.declarationOf(m.atom(i)).lo();
				double hi = space.declarationOf(m.atom(i)).hi();
				max *= Math.pow(Math.max(Math.abs(lo), Math.abs(hi)), m.exponent(i));
			}
			s += max;
		}
		return s;
	}
}
