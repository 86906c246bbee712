package org.cheapnet.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.generator.AtomicFileSystemAccess;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.JavaIoFileSystemAccess;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.RuntimeIOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * What the two writers of generated Java leave on disk: hamc compile and the Xtext generator as
 * the Maven plugin runs it (its JavaIoFileSystemAccess from the language's injector). The same
 * inputs give byte-identical files, by either route; a file with a declaration that cannot be
 * compiled gets none of its classes written; no temporary file stays behind.
 */
class GeneratedOutputTest {
	private static final Path EXAMPLES = Path.of("../examples/src/main/ham");
	private static Injector injector;

	@TempDir
	Path dir;

	@BeforeAll
	static void createInjector() {
		injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void compilingTheExamplesTwiceGivesByteIdenticalFilesByBothRoutes() throws Exception {
		List<Path> examples = examples();
		assertTrue(examples.size() >= 7, examples::toString);
		Map<String, byte[]> first = hamcCompile(examples, dir.resolve("first"));
		Map<String, byte[]> second = hamcCompile(examples, dir.resolve("second"));
		assertTrue(first.size() >= 10, first.keySet()::toString);
		assertSameFiles(first, second);
		Map<String, byte[]> generator = generate(examples, dir.resolve("generator"));
		assertSameFiles(first, generator);
	}

	@Test
	void aFileWithADeclarationThatCannotBeCompiledGetsNoneOfItsClasses() throws Exception {
		// H compiles; Flat needs a 12-factor product in one layer, more than the flat gate takes
		Path file = HamcRun.write(dir, "half.ham", """
				package half
				model Half {
				    real x[12]
				    hamiltonian H = x[0] * x[1]
				    @depth(1) hamiltonian Flat = prod(i in 0..11) x[i]
				}
				""");
		Path out = dir.resolve("out");
		Files.createDirectories(out.resolve("half"));
		Path earlier = Files.writeString(out.resolve("half/HalfH.java"), "// from an earlier build\n");
		assertEquals(Set.of("half/HalfH.java"), generate(List.of(file), out).keySet(), "the generator wrote nothing");
		assertEquals("// from an earlier build\n", Files.readString(earlier));
		HamcRun run = HamcRun.of("compile", file.toString(), "-o", dir.resolve("hamc").toString());
		assertEquals(1, run.status());
		assertFalse(Files.exists(dir.resolve("hamc/half")), "hamc wrote nothing either");
	}

	@Test
	void theMavenPluginsFileSystemAccessWritesAtomically() throws Exception {
		JavaIoFileSystemAccess fsa = fileSystemAccess(dir);
		assertInstanceOf(AtomicFileSystemAccess.class, fsa);
		fsa.generateFile("p/A.java", "class A {}\n");
		fsa.generateFile("p/A.java", "class A { int replaced; }\n");
		assertEquals("class A { int replaced; }\n", Files.readString(dir.resolve("p/A.java")));
		// a target that cannot be replaced (a non-empty folder) fails whole and leaves no temporary file
		Files.createDirectories(dir.resolve("p/B.java/inside"));
		assertThrows(RuntimeIOException.class, () -> fsa.generateFile("p/B.java", "class B {}\n"));
		assertEquals(Set.of("p/A.java"), filesUnder(dir).keySet());
	}

	// ---- helpers ----

	private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		for (String path : expected.keySet()) {
			assertArrayEquals(expected.get(path), actual.get(path), path);
		}
	}

	private static Map<String, byte[]> hamcCompile(List<Path> files, Path out) throws IOException {
		List<String> args = new ArrayList<>(List.of("compile"));
		files.forEach(f -> args.add(f.toString()));
		args.addAll(List.of("-o", out.toString()));
		HamcRun run = HamcRun.of(args.toArray(String[]::new));
		assertEquals(0, run.status(), run.err());
		return filesUnder(out);
	}

	/** The generator over each file, as the Maven plugin runs it (validation is the builder's job, before). */
	private static Map<String, byte[]> generate(List<Path> files, Path out) throws IOException {
		JavaIoFileSystemAccess fsa = fileSystemAccess(out);
		for (Path file : files) {
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			GeneratorContext context = new GeneratorContext();
			context.setCancelIndicator(CancelIndicator.NullImpl);
			injector.getInstance(GeneratorDelegate.class).generate(resource, fsa, context);
		}
		return filesUnder(out);
	}

	private static JavaIoFileSystemAccess fileSystemAccess(Path out) {
		JavaIoFileSystemAccess fsa = injector.getInstance(JavaIoFileSystemAccess.class);
		OutputConfiguration output = new OutputConfiguration(IFileSystemAccess.DEFAULT_OUTPUT);
		output.setOutputDirectory(out.toString());
		output.setOverrideExistingResources(true);
		output.setCreateOutputDirectory(true);
		fsa.setOutputConfigurations(Map.of(IFileSystemAccess.DEFAULT_OUTPUT, output));
		return fsa;
	}

	/** Every regular file under root (relative path, '/'-separated, to bytes); a temporary file fails. */
	private static Map<String, byte[]> filesUnder(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		if (!Files.exists(root)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				String relative = root.relativize(p).toString().replace('\\', '/');
				assertFalse(p.getFileName().toString().endsWith(".tmp"), "temporary file left: " + relative);
				files.put(relative, Files.readAllBytes(p));
			}
		}
		return files;
	}

	private static List<Path> examples() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter(p -> p.toString().endsWith(".ham")).sorted().toList();
		}
	}
}
