package org.cheapnet.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.runtime.network.Network;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The benchmark models of src/bench/ham compiled again in this process, for the network IR that
 * the interpreter and the dense evaluation run; the build generated their classes from the same
 * files, so both sides evaluate the same network.
 */
final class BenchModels {
	/** src/bench/ham of the examples module, from the module's folder or from the repository root. */
	static final Path BENCH = Files.isDirectory(Path.of("src/bench/ham")) ? Path.of("src/bench/ham")
			: Path.of("examples/src/bench/ham");

	/** One compiled hamiltonian or classifier: its generated class's name, its network and its inputs. */
	record Compiled(String label, String className, boolean classifier, Network network, VariableSpace space) {
	}

	private BenchModels() {
	}

	/** Every hamiltonian and classifier of the files, in the order of the file names given. */
	static List<Compiled> load(List<String> fileNames) {
		var injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Compiled> all = new ArrayList<>();
		for (String name : fileNames) {
			Path path = BENCH.resolve(name);
			HamFile file = (HamFile) resourceSet.getResource(URI.createFileURI(path.toAbsolutePath().toString()), true)
					.getContents().get(0);
			String prefix = file.getName() == null ? "" : file.getName() + ".";
			for (Model model : file.getModels()) {
				LoweredModel lowered = Lowering.lower(model);
				ModelCompilation compilation = ModelCompiler.compile(model, lowered);
				if (compilation.hasProblems()) {
					throw new IllegalStateException(name + ": " + compilation.problems());
				}
				for (HamiltonianCompilation h : compilation.hamiltonians()) {
					all.add(new Compiled(model.getName() + "." + h.name(), prefix + h.className(), false,
							h.network().network(), lowered.space()));
				}
				for (ClassifierCompilation c : compilation.classifiers()) {
					all.add(new Compiled(model.getName() + "." + c.name(), prefix + c.className(), true,
							c.network().network(), lowered.space()));
				}
			}
		}
		return all;
	}

	/** The .ham files of src/bench/ham, sorted. */
	static List<String> files() {
		try (Stream<Path> files = Files.list(BENCH)) {
			return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".ham")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A random point of the declared domain: spins -1/+1, bits 0/1, reals uniform in their range. */
	static double[] randomPoint(VariableSpace space, Random random) {
		double[] x = new double[space.inputCount()];
		for (int i = 0; i < x.length; i++) {
			VariableDeclaration v = space.declarationOf(i);
			x[i] = switch (v.kind()) {
			case SPIN -> random.nextBoolean() ? 1 : -1;
			case BIT -> random.nextBoolean() ? 1 : 0;
			case REAL -> v.lo() + random.nextDouble() * (v.hi() - v.lo());
			};
		}
		return x;
	}
}
