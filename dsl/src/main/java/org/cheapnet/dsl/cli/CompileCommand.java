package org.cheapnet.dsl.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.cli.Hamc.UsageException;
import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.generator.AtomicFiles;
import org.cheapnet.dsl.generator.GeneratedJava;
import org.cheapnet.dsl.generator.JavaEmitter;
import org.cheapnet.dsl.generator.SourcePosition;
import org.cheapnet.dsl.ham.Model;
import org.eclipse.xtext.validation.CheckMode;

/**
 * {@code hamc compile FILE... -o DIR}: validates each file as {@code check} does (errors and
 * warnings on stderr), compiles it and writes the Java classes under DIR, one line per written
 * file on stdout. A file with an error or a compilation problem writes nothing; the others are
 * still written. Each class is written atomically (a temporary file in its folder, then a move).
 * Status 1 if any file had an error or a problem.
 */
final class CompileCommand {
	private final PrintStream out;
	private final PrintStream err;

	CompileCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		List<String> files = new ArrayList<>();
		String outputDir = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("-o") || arg.equals("--output")) {
				UsageException.require(i + 1 < args.size(), "%s needs a DIR", arg);
				outputDir = args.get(++i);
			} else {
				UsageException.require(!arg.startsWith("-"), "unknown option '%s'", arg);
				files.add(arg);
			}
		}
		UsageException.require(!files.isEmpty(), "compile needs at least one FILE");
		UsageException.require(outputDir != null, "compile needs -o DIR");
		HamWorkspace workspace = new HamWorkspace();
		boolean failed = false;
		for (String file : files) {
			failed |= !compile(workspace, Path.of(file), Path.of(outputDir));
		}
		out.flush();
		return failed ? 1 : 0;
	}

	/** Validates, compiles and writes one file; false if it had an error or a problem. */
	private boolean compile(HamWorkspace workspace, Path file, Path outputDir) {
		HamWorkspace.LoadedFile loaded = workspace.load(file, CheckMode.NORMAL_AND_FAST);
		loaded.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).forEach(err::println);
		if (loaded.hasErrors()) {
			return false;
		}
		List<GeneratedJava> classes = new ArrayList<>();
		List<CompilationProblem> problems = new ArrayList<>();
		for (Model model : loaded.ast() == null ? List.<Model>of() : loaded.ast().getModels()) {
			LoweredModel lowered = workspace.lowered(model);
			ModelCompilation compilation = workspace.compiled(model);
			problems.addAll(compilation.problems());
			classes.addAll(new JavaEmitter(file.getFileName().toString(), lowered.space()).emit(compilation));
		}
		problems.forEach(p -> err.println(SourcePosition.describe(file.toString(), p)));
		if (!problems.isEmpty()) {
			return false;
		}
		for (GeneratedJava java : classes) {
			try {
				out.println(write(outputDir.resolve(java.path()), java.content()));
			} catch (IOException | RuntimeException e) {
				err.println(new Diagnostic(file, 1, 1, Diagnostic.Severity.ERROR, "cannot write " + outputDir.resolve(java.path())
						+ " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", null));
				return false;
			}
		}
		return true;
	}

	/** Writes text atomically (AtomicFiles). */
	private static Path write(Path target, String text) throws IOException {
		return AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
	}
}
