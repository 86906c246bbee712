package org.cheapnet.dsl.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.PhaseTimes;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.choice.PlanChoice;
import org.cheapnet.dsl.compiler.plan.Planner;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.compiler.symmetry.CellCompiler;
import org.cheapnet.dsl.compiler.symmetry.CellNetwork;
import org.cheapnet.dsl.compiler.symmetry.TranslationTemplate;
import org.cheapnet.dsl.compiler.symmetry.TranslationTemplates;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.cheapnet.runtime.network.Interpreter;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Translation-symmetric hamiltonians compiled per unit cell become loops over the cells:
 * energy() is the expanded polynomial, network() is the verified whole-lattice network (the
 * runtime's Interpreter on cells().full()) and meets the tolerance, and the source does not grow
 * with the lattice.
 */
class CellLoopsTest extends AbstractGeneratorTest {
	private static final String PHI4_CHAIN = """
			model Phi4 {
			    lattice ring = chain(12) periodic
			    real phi on ring in [-2, 2]
			    @symmetric(translation)
			    hamiltonian H = sum(i in ring) (0.5 * (phi[i + 1] - phi[i])^2 + 0.5 * phi[i]^2 + 0.125 * phi[i]^4) + 3
			}
			""";
	private static final String CUBIC = """
			model Cubic {
			    lattice k = cubic(3, 4, 5) periodic
			    real q on k in [-1, 1]
			    @symmetric(translation)
			    hamiltonian H = -sum(<a, b> in k) q[a] * q[b] + 0.5 * sum(a in k) q[a]^2 * q[a + (1, 1, 0)] - 2
			}
			""";
	private static final String TWO_FIELDS = """
			model Two {
			    lattice g = square(5, 6) periodic
			    spin s on g
			    real phi on g in [-1, 2]
			    @symmetric(translation)
			    hamiltonian H = -sum(<a, b> in g) s[a] * s[b] * phi[a] + sum(a in g) (phi[a + (1, 0)] - phi[a])^2
			                  + 0.25 * sum(a in g) s[a] * phi[a]^2
			}
			""";

	@TempDir
	Path dir;
	@Inject
	private ParseHelper<HamFile> parser;

	/** 2D Ising with a field on a periodic L x L lattice. */
	private static String ising(int size) {
		return """
				model Ising {
				    lattice grid = square(%d, %d) periodic
				    spin s on grid
				    @symmetric(translation)
				    hamiltonian H = -sum(<a, b> in grid) s[a] * s[b] - 0.3 * sum(a in grid) s[a]
				}
				""".formatted(size, size);
	}

	static Stream<Arguments> models() {
		Stream<Arguments> isings = Stream.of(4, 8, 16, 64).map(l -> Arguments.of("Ising " + l, ising(l), "IsingH"));
		return Stream.concat(isings, Stream.of(Arguments.of("phi^4 chain", PHI4_CHAIN, "Phi4H"),
				Arguments.of("periodic cubic", CUBIC, "CubicH"), Arguments.of("two fields", TWO_FIELDS, "TwoH")))
				.flatMap(a -> Stream.of(JavaEmitter.MAX_STRAIGHT_LINE, 0).map(limit -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], limit)));
	}

	@ParameterizedTest(name = "{0}, straight-line limit {3}")
	@MethodSource("models")
	void loopsComputeThePolynomialAndTheVerifiedNetwork(String description, String model, String className, int maxStraight) throws Exception {
		Generated g = generate(model, maxStraight).get(0);
		HamiltonianCompilation compilation = g.compilation().hamiltonians().get(0);
		assertNotNull(compilation.cells(), "compiled per unit cell");
		assertTrue(g.file(className).content().contains("private static double networkSum("), "loops over the cells");
		CompiledHamiltonian h = (CompiledHamiltonian) InProcessJavac.instantiate(InProcessJavac.compile(g.files(), dir), className);
		// info() describes the whole lattice's compilation
		assertEquals(compilation.network().network().neuronCount(), h.info().neurons());
		assertEquals(compilation.plan().multiplications(), h.info().multiplications());
		VariableSpace space = g.lowered().space();
		Polynomial exact = compilation.lowered().expanded();
		Interpreter full = new Interpreter(compilation.cells().full());
		double s = scale(exact, space);
		double tolerance = compilation.options().tolerance();
		Random random = new Random(5);
		for (int n = 0; n < 100; n++) {
			double[] x = randomPoint(space, random);
			double network = h.network(x);
			assertEquals(exact.evaluate(x), h.energy(x), 1e-12 * s, "energy");
			assertEquals(full.evaluate(x)[0], network, 1e-12 * s, "network against the interpreter");
			assertTrue(Math.abs(network - exact.evaluate(x)) <= tolerance * s, "network within the tolerance");
		}
	}

	@Test
	void theBatchAgreesWithOneSampleAtATime() throws Exception {
		Generated g = generate(TWO_FIELDS, JavaEmitter.MAX_STRAIGHT_LINE).get(0);
		CompiledHamiltonian h = (CompiledHamiltonian) InProcessJavac.instantiate(InProcessJavac.compile(g.files(), dir), "TwoH");
		HamiltonianCompilation compiled = g.compilation().hamiltonians().get(0);
		assertBatchMatches(h, compiled.lowered().expanded(), g.lowered().space(), compiled.options().tolerance(), 9);
	}

	@Test
	void theLoopsWrapTheOffsetsAndReadEachFieldFromItsOwnBase() throws Exception {
		String source = generate(TWO_FIELDS, JavaEmitter.MAX_STRAIGHT_LINE).get(0).file("TwoH").content();
		assertTrue(source.contains("""
				        for (int c0 = 0; c0 < 5; c0++) {
				            for (int c1 = 0; c1 < 6; c1++) {
				                gather(x, c0, c1, u);
				                runNetwork(u, v);
				"""), source);
		assertTrue(source.contains("private static final int[] AXIS0 = wrappedAxis(5, 6, 1);"), source);
		assertTrue(source.contains("private static final int[] AXIS1 = wrappedAxis(6, 1, 1);"), source);
		// s lives at offsets 0..29, phi at 30..59
		assertTrue(source.contains("= x[AXIS0[c0] + AXIS1[c1 + 1]]; // s[c+(0,1)]"), source);
		assertTrue(source.contains("= x[30 + AXIS0[c0 + 1] + AXIS1[c1]]; // phi[c+(1,0)]"), source);
		String loops = source.substring(source.indexOf("private static double planSum("), source.indexOf("private static int[] wrappedAxis("));
		assertFalse(loops.contains("%"), "no % in the loops");
	}

	@Test
	void theSourceDoesNotGrowWithTheLattice() throws Exception {
		String small = generate(ising(8), JavaEmitter.MAX_STRAIGHT_LINE).get(0).file("IsingH").content();
		String large = generate(ising(64), JavaEmitter.MAX_STRAIGHT_LINE).get(0).file("IsingH").content();
		// the same text up to its numbers (sizes, counts, the measured error bound)
		assertEquals(withoutNumbers(small), withoutNumbers(large));
		assertTrue(large.length() <= small.length() + 64, small.length() + " -> " + large.length());
	}

	@Test
	void a256By256IsingClassCompiles() throws Exception {
		Generated g = compiledWithoutWholeLatticeVerification(ising(256));
		assertTrue(g.file("IsingH").content().length() < 20_000);
		CompiledHamiltonian h = (CompiledHamiltonian) InProcessJavac.instantiate(InProcessJavac.compile(g.files(), dir), "IsingH");
		HamiltonianCompilation compilation = g.compilation().hamiltonians().get(0);
		Polynomial exact = compilation.lowered().expanded();
		Interpreter full = new Interpreter(compilation.cells().full());
		double s = scale(exact, g.lowered().space());
		Random random = new Random(1);
		for (int n = 0; n < 3; n++) {
			double[] x = randomPoint(g.lowered().space(), random);
			assertEquals(exact.evaluate(x), h.energy(x), 1e-12 * s);
			assertEquals(full.evaluate(x)[0], h.network(x), 1e-12 * s);
			assertTrue(Math.abs(h.network(x) - exact.evaluate(x)) <= compilation.options().tolerance() * s);
		}
	}

	/**
	 * The driver's compilation of a translation-symmetric hamiltonian, from the same passes, but
	 * without its verification of the whole lattice (about 14,000 points through the replicated
	 * network: minutes at 256 x 256). The caller checks the generated network itself; the
	 * verification here only feeds info().errorBound(), with the cell's predicted bound.
	 */
	private Generated compiledWithoutWholeLatticeVerification(String text) throws Exception {
		Model model = parser.parse(text).getModels().get(0);
		LoweredModel lowered = Lowering.lower(model);
		Hamiltonian hamiltonian = (Hamiltonian) model.getDeclarations().stream().filter(Hamiltonian.class::isInstance).findFirst().orElseThrow();
		LoweredHamiltonian h = lowered.hamiltonian(hamiltonian);
		NetworkOptions options = new NetworkOptions(Activation.SIGMOID, NetworkOptions.DEFAULT_TOLERANCE, Integer.MAX_VALUE);
		TranslationTemplate template = TranslationTemplates.of(h.expanded(), lowered.space()).orElseThrow();
		CellNetwork cells = CellCompiler.compile(template, lowered.space(), options).cells();
		Plan plan = Planner.plan(List.of(h.withLets()), lowered.space(), lowered.lets());
		Verification verification = new Verification(cells.cellNetwork().predictedError(), 0, new double[lowered.space().inputCount()], 0,
				options.tolerance());
		HamiltonianCompilation compilation = new HamiltonianCompilation(model.getName(), hamiltonian.getName(),
				model.getName() + hamiltonian.getName(), options, h, PlanChoice.only("greedy", plan), cells.wholeLattice(), verification,
				new NetworkCompiler(lowered.space(), options).flatNeuronCount(h.expanded()), new PhaseTimes(), cells);
		ModelCompilation modelCompilation = new ModelCompilation("", model.getName(), List.of(compilation), List.of(), List.of());
		return new Generated(lowered, modelCompilation, new JavaEmitter("test.ham", lowered.space()).emit(modelCompilation));
	}

	private static String withoutNumbers(String source) {
		return source.replaceAll("[0-9][0-9.E-]*", "#");
	}
}
