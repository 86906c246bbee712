package org.cheapnet.dsl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.cli.Hamc.UsageException;
import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.ham.Model;
import org.eclipse.xtext.validation.CheckMode;

/**
 * {@code hamc report FILE [--json]}: compiles every hamiltonian and classifier of a valid file
 * (plan, build, verify) and shows what each costs: multiplications, neurons, depth, weights,
 * lambda and beta, the predicted and the measured error, the flat network's size, the time of
 * each pass. Validation errors: diagnostics on stderr, nothing on stdout, status 1. A
 * declaration the driver cannot compile: a diagnostic on stderr, status 1, the others still reported.
 */
final class ReportCommand {
	private final PrintStream out;
	private final PrintStream err;

	ReportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		String file = null;
		boolean json = false;
		for (String arg : args) {
			if (arg.equals("--json")) {
				json = true;
			} else {
				UsageException.require(!arg.startsWith("-"), "unknown option '%s'", arg);
				UsageException.require(file == null, "report takes one FILE");
				file = arg;
			}
		}
		UsageException.require(file != null, "report needs a FILE");

		Path path = Path.of(file);
		HamWorkspace workspace = new HamWorkspace();
		HamWorkspace.LoadedFile loaded = workspace.load(path, CheckMode.NORMAL_AND_FAST);
		loaded.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).forEach(err::println);
		if (loaded.hasErrors()) {
			return 1;
		}
		List<ReportEntry> entries = new ArrayList<>();
		List<CompilationProblem> problems = new ArrayList<>();
		List<Model> models = loaded.ast() == null ? List.of() : loaded.ast().getModels();
		for (Model model : models) {
			LoweredModel lowered = workspace.lowered(model);
			ModelCompilation compilation = workspace.compiled(model);
			String javaPackage = compilation.javaPackage().isEmpty() ? null : compilation.javaPackage();
			for (HamiltonianCompilation h : compilation.hamiltonians()) {
				entries.add(ReportEntry.of(h, javaPackage));
			}
			for (ClassifierCompilation c : compilation.classifiers()) {
				entries.add(ReportEntry.of(c, javaPackage, lowered.space()));
			}
			problems.addAll(compilation.problems());
		}
		problems.stream().map(p -> Diagnostic.of(path, p)).forEach(err::println);
		out.print(json ? ReportJson.of(entries) : ReportText.of(path, entries));
		out.flush();
		return problems.isEmpty() ? 0 : 1;
	}
}
