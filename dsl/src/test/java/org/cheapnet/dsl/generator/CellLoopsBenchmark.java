package org.cheapnet.dsl.generator;

import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.LoweredModels;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.cheapnet.runtime.network.Interpreter;
import org.cheapnet.runtime.network.Workspace;
import org.eclipse.xtext.testing.util.ParseHelper;

import com.google.inject.Injector;

/**
 * Not a test: samples per second of network(x) for 2D Ising with a field on a periodic L x L
 * lattice (default 64), three ways in one JVM: the generated class that loops over the cells, the
 * generated class of the whole replicated network (the emitter's path without cells: tables at
 * this size), and the runtime Interpreter on cells().full() with one workspace. Run with the dsl
 * test classpath: {@code java -cp ... org.cheapnet.dsl.generator.CellLoopsBenchmark [L]}.
 */
public final class CellLoopsBenchmark {
	private static final long WARM_UP_NANOS = 3_000_000_000L;
	private static final long MEASURE_NANOS = 5_000_000_000L;
	private static volatile double sink;

	private CellLoopsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 64;
		Injector injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
		@SuppressWarnings("unchecked")
		ParseHelper<HamFile> parser = injector.getInstance(ParseHelper.class);
		Model model = parser.parse("""
				model Ising {
				    lattice grid = square(%d, %d) periodic
				    spin s on grid
				    @symmetric(translation)
				    hamiltonian H = -sum(<a, b> in grid) s[a] * s[b] - 0.3 * sum(a in grid) s[a]
				}
				""".formatted(size, size)).getModels().get(0);
		LoweredModel lowered = injector.getInstance(LoweredModels.class).of(model);
		ModelCompilation loops = ModelCompiler.compile(model, lowered);
		HamiltonianCompilation h = loops.hamiltonians().get(0);
		HamiltonianCompilation whole = new HamiltonianCompilation(h.model(), h.name(), "IsingWhole", h.options(), h.lowered(),
				h.choice(), h.network(), h.verification(), h.flatNeurons(), h.times(), null);
		ModelCompilation unrolled = new ModelCompilation("", "Ising", List.of(whole), List.of(), List.of());

		JavaEmitter emitter = new JavaEmitter("ising.ham", lowered.space());
		List<GeneratedJava> files = new java.util.ArrayList<>(emitter.emit(loops));
		files.addAll(emitter.emit(unrolled));
		ClassLoader loader = InProcessJavac.compile(files, Files.createTempDirectory("cell-loops-benchmark"));
		CompiledHamiltonian loop = (CompiledHamiltonian) InProcessJavac.instantiate(loader, "IsingH");
		CompiledHamiltonian table = (CompiledHamiltonian) InProcessJavac.instantiate(loader, "IsingWhole");
		Interpreter interpreter = new Interpreter(h.cells().full());
		Workspace workspace = interpreter.newWorkspace();
		double[] out = new double[1];

		double[][] points = new double[256][];
		Random random = new Random(1);
		for (int i = 0; i < points.length; i++) {
			points[i] = AbstractGeneratorTest.randomPoint(lowered.space(), random);
		}
		System.out.printf("Ising %d x %d, %d cells; sources: loops %d chars, whole network %d chars%n", size, size,
				size * size, files.get(0).content().length(), files.get(1).content().length());
		report("generated loops over the cells", points, loop::network);
		report("generated whole network (tables)", points, table::network);
		report("runtime Interpreter on full()", points, x -> {
			interpreter.evaluate(x, out, workspace);
			return out[0];
		});
	}

	private static void report(String what, double[][] points, ToDoubleFunction<double[]> network) {
		run(points, network, WARM_UP_NANOS);
		double perSecond = run(points, network, MEASURE_NANOS);
		System.out.printf("%-36s %12.0f samples/s%n", what, perSecond);
	}

	/** Evaluates the points round-robin for about the given time; returns samples per second. */
	private static double run(double[][] points, ToDoubleFunction<double[]> network, long nanos) {
		long start = System.nanoTime();
		long samples = 0;
		double sum = 0;
		while (System.nanoTime() - start < nanos) {
			for (double[] x : points) {
				sum += network.applyAsDouble(x);
			}
			samples += points.length;
		}
		sink = sum;
		return samples / ((System.nanoTime() - start) / 1e9);
	}
}
