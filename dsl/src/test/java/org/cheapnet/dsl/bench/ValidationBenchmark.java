package org.cheapnet.dsl.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Injector;

/**
 * How long parsing and full validation (expansion, @local, @symmetric, infos) take for a
 * periodic L x L Ising model, as the editor and hamc check pay it. Prints a table: best of 8
 * runs after warm-up, per L. Run:
 * ./mvnw -q -pl runtime,dsl test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=org.cheapnet.dsl.bench.ValidationBenchmark [-Dexec.args="8 32 64 128"]
 */
public final class ValidationBenchmark {
	private static final int RUNS = 8;

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = args.length == 0 ? List.of(8, 16, 32, 64, 128) : List.of(args).stream().map(Integer::valueOf).toList();
		Injector injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
		validate(injector, ising(8)); // warm-up
		System.out.printf("%6s %10s %12s %8s%n", "L", "monomials", "best ms", "issues");
		for (int size : sizes) {
			String text = ising(size);
			long best = Long.MAX_VALUE;
			int issues = 0;
			for (int run = 0; run < RUNS; run++) {
				long start = System.nanoTime();
				issues = validate(injector, text);
				best = Math.min(best, System.nanoTime() - start);
			}
			System.out.printf("%6d %10d %12.1f %8d%n", size, 3 * size * size, best / 1e6, issues);
		}
	}

	private static int validate(Injector injector, String text) throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench.ham"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).size();
	}

	private static String ising(int size) {
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
}
