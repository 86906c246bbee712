package org.cheapnet.dsl.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.Phase;
import org.cheapnet.dsl.generator.GeneratedJava;
import org.cheapnet.dsl.generator.JavaEmitter;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.LoweredModels;
import org.cheapnet.dsl.lang.ModelCompilations;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Injector;

/**
 * Compile time per pass and generated source size as the lattice grows: a periodic,
 * translation-symmetric L x L Ising model (L = 8 .. 512; its class must not grow) and a
 * non-symmetric open chain with site-dependent couplings of about 10^5 monomials. Per model:
 * parse, validate (the cheap checks: lowering, @local, @symmetric; not the compiling check),
 * the driver's LOWER/PLAN/BUILD/VERIFY times, generate (JavaEmitter), the bytes of the generated
 * Java, and the growth ratios from one L to the next (monomials grow 4x per step: linear time
 * means a ratio near 4, constant size a ratio of 1). Last, the peak heap while compiling the
 * largest model (sum of the heap pools' peaks after a reset; an upper bound).
 * Best of 3 runs up to L = 64, one run above. Arguments: {@code quick} stops at L = 128;
 * {@code chain=N} sets the open chain's length (default 33,334).
 * Run from the repository root:
 * ./mvnw -B -q -o -pl runtime,dsl test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=org.cheapnet.dsl.bench.CompileBenchmark [-Dexec.args=quick]
 */
public final class CompileBenchmark {
	/** The non-symmetric model's chain: 3 monomials per site. */
	static final int CHAIN = 33_334;

	private record Times(String label, long monomials, double parse, double validate, Map<Phase, Double> phases,
			double generate, long bytes) {
		double total() {
			return parse + validate + phases.values().stream().mapToDouble(Double::doubleValue).sum() - phases.get(Phase.LOWER)
					+ generate;
		}
	}

	public static void main(String[] args) throws Exception {
		boolean quick = Arrays.asList(args).contains("quick");
		List<Integer> sizes = quick ? List.of(8, 16, 32, 64, 128) : List.of(8, 16, 32, 64, 128, 256, 512);
		int chain = Arrays.stream(args).filter(a -> a.startsWith("chain=")).map(a -> Integer.valueOf(a.substring(6)))
				.findFirst().orElse(CHAIN);
		Injector injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
		System.out.printf("# Compile time (JDK %s, %d cores, max heap %d MB, load average %.2f)%n%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		compile(injector, "warm-up", ising(8), 3);
		List<Times> rows = new ArrayList<>();
		for (int size : sizes) {
			rows.add(compile(injector, "Ising " + size + "x" + size, ising(size), size <= 64 ? 3 : 1));
		}
		Times open = compile(injector, "open chain " + chain, openChain(chain), 1);
		print(rows, open);
		System.out.printf("%nPeak heap compiling %s: %s%n", "Ising " + sizes.get(sizes.size() - 1),
				peakHeap(injector, ising(sizes.get(sizes.size() - 1))));
		System.out.printf("Peak heap compiling %s: %s%n", open.label(), peakHeap(injector, openChain(chain)));
	}

	/** The best (least total) of some runs. */
	private static Times compile(Injector injector, String label, String text, int runs) throws Exception {
		Times best = null;
		for (int run = 0; run < runs; run++) {
			Times t = compileOnce(injector, label, text);
			if (best == null || t.total() < best.total()) {
				best = t;
			}
		}
		return best;
	}

	private static Times compileOnce(Injector injector, String label, String text) throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench.ham"));
		long t0 = System.nanoTime();
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		long t1 = System.nanoTime();
		var issues = resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
		long t2 = System.nanoTime();
		if (issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
			throw new IllegalStateException(label + ": " + issues);
		}
		Model model = ((HamFile) resource.getContents().get(0)).getModels().get(0);
		ModelCompilation compilation = injector.getInstance(ModelCompilations.class).of(model);
		if (compilation.hasProblems()) {
			throw new IllegalStateException(label + ": " + compilation.problems());
		}
		HamiltonianCompilation h = compilation.hamiltonians().get(0);
		long t3 = System.nanoTime();
		List<GeneratedJava> files = new JavaEmitter("bench.ham", injector.getInstance(LoweredModels.class).of(model).space())
				.emit(compilation);
		long t4 = System.nanoTime();
		long bytes = files.stream().mapToLong(f -> f.content().getBytes(StandardCharsets.UTF_8).length).sum();
		Map<Phase, Double> phases = new EnumMap<>(Phase.class);
		for (Phase p : Phase.values()) {
			phases.put(p, h.times().millis().getOrDefault(p, 0.0));
		}
		return new Times(label, h.lowered().expanded().termCount(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, phases,
				(t4 - t3) / 1e6, bytes);
	}

	private static void print(List<Times> rows, Times open) {
		System.out.println("| model | monomials | parse ms | validate ms | LOWER ms | PLAN ms | BUILD ms | VERIFY ms "
				+ "| generate ms | total ms | source bytes | time ratio | size ratio |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		Times previous = null;
		for (Times t : rows) {
			row(t, previous);
			previous = t;
		}
		row(open, null);
		System.out.println();
		System.out.println("validate includes LOWER (the validators lower the model; the driver reuses it); total = parse"
				+ " + validate + PLAN + BUILD + VERIFY + generate; ratios against the row above.");
	}

	private static void row(Times t, Times previous) {
		System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s |%n", t.label(),
				t.monomials(), t.parse(), t.validate(), t.phases().get(Phase.LOWER), t.phases().get(Phase.PLAN),
				t.phases().get(Phase.BUILD), t.phases().get(Phase.VERIFY), t.generate(), t.total(), t.bytes(),
				previous == null ? "" : String.format("%.2f", t.total() / previous.total()),
				previous == null ? "" : String.format("%.3f", (double) t.bytes() / previous.bytes()));
	}

	/** The largest heap use while one model is parsed, validated, compiled and emitted. */
	private static String peakHeap(Injector injector, String text) throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		System.gc();
		long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		compileOnce(injector, "peak", text);
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		return String.format("%d MB (live heap before: %d MB)", peak >> 20, before >> 20);
	}

	static String ising(int size) {
		return """
				model Ising {
				    lattice grid = square(%d, %d) periodic
				    spin s on grid
				    param J = 1.0
				    param h = 0.1
				    @local(1) @symmetric(translation)
				    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b] - h * sum(a in grid) s[a]
				}
				""".formatted(size, size);
	}

	/** Site-dependent couplings and field on an open chain: no translation symmetry, 3 n - 3 monomials. */
	static String openChain(int n) {
		return """
				model Chain {
				    lattice c = chain(%d) open
				    spin s on c
				    @local(2)
				    hamiltonian H = -sum(i in c) (1 + 0.00001 * i) * s[i] * s[i + 1]
				                  + sum(i in c) (0.5 - 0.00001 * i) * s[i] * s[i + 2]
				                  - 0.0001 * sum(i in c) i * s[i]
				}
				""".formatted(n);
	}
}
