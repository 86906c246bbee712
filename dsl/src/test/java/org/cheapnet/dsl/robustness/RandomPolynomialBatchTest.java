package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.generator.InProcessJavac;
import org.cheapnet.dsl.generator.JavaEmitter;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.robustness.RandomPolynomialNetworkTest.RandomPolynomial;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.ejml.data.DMatrixRMaj;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property: the generated class of a random polynomial (RandomPolynomialNetworkTest's models:
 * random degrees, real, bit and spin variables, random lets), compiled with javac and run, gives
 * a batch (the lane code: one kernel call per node over a block of rows) within the tolerance of
 * the exact polynomial computed from the random terms, on every row, and within twice the
 * class's error bound of its own one-row network. javac makes a try slow, hence few tries.
 */
class RandomPolynomialBatchTest {
	private static HamInjectorProvider provider;
	private static ParseHelper<HamFile> parser;

	@BeforeContainer
	static void start() {
		provider = new HamInjectorProvider();
		provider.setupRegistry();
		parser = provider.getInjector().getInstance(Key.get(new TypeLiteral<ParseHelper<HamFile>>() {
		}));
	}

	@AfterContainer
	static void stop() {
		provider.restoreRegistry();
	}

	@Property(tries = 100, seed = "777", shrinking = ShrinkingMode.OFF)
	void theGeneratedBatchStaysWithinToleranceOfThePolynomial(@ForAll long seed) throws Exception {
		Random random = new Random(seed);
		RandomPolynomial p = RandomPolynomial.draw(random);
		String text = p.ham();
		RandomPolynomial.Compiled compiled = p.compile(parser);
		LoweredModel lowered = compiled.lowered();
		ModelCompilation compilation = compiled.compilation();
		HamiltonianCompilation h = compilation.hamiltonians().get(0);
		Path dir = Files.createTempDirectory("batch");
		ClassLoader loader = InProcessJavac.compile(new JavaEmitter("p.ham", lowered.space()).emit(compilation), dir);
		String name = compilation.javaPackage().isEmpty() ? h.className() : compilation.javaPackage() + "." + h.className();
		CompiledHamiltonian generated = (CompiledHamiltonian) InProcessJavac.instantiate(loader, name);

		List<double[]> points = p.points(random);
		int n = p.inputs;
		DMatrixRMaj xs = new DMatrixRMaj(points.size(), n);
		for (int r = 0; r < points.size(); r++) {
			System.arraycopy(points.get(r), 0, xs.data, r * n, n);
		}
		double[] out = new double[points.size()];
		generated.network(xs, out);
		double scale = p.scale();
		for (int r = 0; r < points.size(); r++) {
			double[] x = points.get(r);
			double error = Math.abs(out[r] - p.value(x)) / scale;
			int row = r;
			assertTrue(error <= p.tolerance(), () -> "row " + row + ": relative error " + error + " > " + p.tolerance() + " at "
					+ Arrays.toString(x) + "\n" + text);
			assertEquals(generated.network(x), out[r], 2 * generated.info().errorBound() * scale, () -> "row " + row + "\n" + text);
		}
	}
}
