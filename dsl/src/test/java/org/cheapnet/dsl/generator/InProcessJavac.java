package org.cheapnet.dsl.generator;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with the JDK's compiler in this JVM (--release 17, the test classpath) and loads them. */
public final class InProcessJavac {
	private InProcessJavac() {
	}

	/** Writes the files under dir/src, compiles them into dir/classes and returns a loader for them; fails on any error. */
	public static ClassLoader compile(List<GeneratedJava> files, Path dir) throws IOException {
		Path src = dir.resolve("src");
		Path classes = Files.createDirectories(dir.resolve("classes"));
		List<Path> paths = new ArrayList<>();
		for (GeneratedJava file : files) {
			Path path = src.resolve(file.path());
			Files.createDirectories(path.getParent());
			paths.add(Files.writeString(path, file.content(), StandardCharsets.UTF_8));
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StringWriter output = new StringWriter();
		try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
			List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-classpath",
					System.getProperty("java.class.path"), "-d", classes.toString());
			boolean ok = javac.getTask(output, fileManager, diagnostics, options, null,
					fileManager.getJavaFileObjectsFromPaths(paths)).call();
			if (!ok) {
				fail("generated code does not compile:\n" + output + diagnostics.getDiagnostics());
			}
		}
		return new URLClassLoader(new URL[] { classes.toUri().toURL() }, InProcessJavac.class.getClassLoader());
	}

	/** A new instance of a generated class through its public no-argument constructor. */
	public static Object instantiate(ClassLoader loader, String qualifiedName) throws ReflectiveOperationException {
		return loader.loadClass(qualifiedName).getConstructor().newInstance();
	}
}
