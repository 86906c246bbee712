package org.cheapnet.dsl.cli;

import java.io.IOException;
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
import org.cheapnet.dsl.report.DotWriter;
import org.cheapnet.dsl.report.HtmlReport;
import org.cheapnet.dsl.report.ReportSubject;
import org.eclipse.xtext.validation.CheckMode;

/**
 * {@code hamc report FILE [--json | --html DIR | --dot [--hamiltonian MODEL.NAME]]}: compiles every hamiltonian and classifier of a valid file
 * (plan, build, verify) and shows what each costs: multiplications, neurons, depth, weights,
 * lambda and beta, the predicted and the measured error, the flat network's size, the time of
 * each pass. Validation errors: diagnostics on stderr, nothing on stdout, status 1. A
 * declaration the driver cannot compile: a diagnostic on stderr, status 1, the others still reported.
 * {@code --html DIR} writes DIR/NAME.html ({@link HtmlReport}), {@code --dot} Graphviz DOT of each
 * network on stdout ({@link DotWriter}).
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
		boolean dot = false;
		String html = null;
		String only = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--json")) {
				json = true;
			} else if (arg.equals("--dot")) {
				dot = true;
			} else if (arg.equals("--html") || arg.equals("--hamiltonian")) {
				UsageException.require(i + 1 < args.size(), "%s needs a value", arg);
				if (arg.equals("--html")) {
					html = args.get(++i);
				} else {
					only = args.get(++i);
				}
			} else {
				UsageException.require(!arg.startsWith("-"), "unknown option '%s'", arg);
				UsageException.require(file == null, "report takes one FILE");
				file = arg;
			}
		}
		UsageException.require(file != null, "report needs a FILE");
		UsageException.require((json ? 1 : 0) + (dot ? 1 : 0) + (html != null ? 1 : 0) <= 1,
				"--json, --dot and --html exclude each other");
		UsageException.require(only == null || dot, "--hamiltonian goes with --dot");

		Path path = Path.of(file);
		HamWorkspace workspace = new HamWorkspace();
		HamWorkspace.LoadedFile loaded = workspace.load(path, CheckMode.NORMAL_AND_FAST);
		loaded.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).forEach(err::println);
		if (loaded.hasErrors()) {
			return 1;
		}
		List<ReportEntry> entries = new ArrayList<>();
		List<ReportSubject> subjects = new ArrayList<>();
		List<CompilationProblem> problems = new ArrayList<>();
		List<Model> models = loaded.ast() == null ? List.of() : loaded.ast().getModels();
		for (Model model : models) {
			LoweredModel lowered = workspace.lowered(model);
			ModelCompilation compilation = workspace.compiled(model);
			String javaPackage = compilation.javaPackage().isEmpty() ? null : compilation.javaPackage();
			for (HamiltonianCompilation h : compilation.hamiltonians()) {
				entries.add(ReportEntry.of(h, javaPackage));
				subjects.add(ReportSubject.of(h, entries.get(entries.size() - 1), lowered.space()));
			}
			for (ClassifierCompilation c : compilation.classifiers()) {
				entries.add(ReportEntry.of(c, javaPackage, lowered.space()));
				subjects.add(ReportSubject.of(c, entries.get(entries.size() - 1), lowered.space()));
			}
			problems.addAll(compilation.problems());
		}
		problems.stream().map(p -> Diagnostic.of(path, p)).forEach(err::println);
		int status = problems.isEmpty() ? 0 : 1;
		if (dot) {
			return dot(subjects, only, status);
		} else if (html != null) {
			return html(path, subjects, Path.of(html), status);
		}
		out.print(json ? ReportJson.of(entries) : ReportText.of(path, entries));
		out.flush();
		return status;
	}

	/** {@code --dot}: one digraph per declaration (or only the one named), on stdout. */
	private int dot(List<ReportSubject> subjects, String only, int status) {
		List<ReportSubject> chosen = subjects.stream().filter(s -> only == null || only.equals(s.name())
				|| only.endsWith("." + s.name())).toList();
		if (only != null && chosen.isEmpty()) {
			err.println("hamc: no compiled hamiltonian or classifier named '" + only + "'");
			return 1;
		}
		out.print(DotWriter.of(chosen));
		out.flush();
		return status;
	}

	/** {@code --html DIR}: DIR/NAME.html, its path on stdout. */
	private int html(Path file, List<ReportSubject> subjects, Path dir, int status) {
		try {
			out.println(HtmlReport.write(file, subjects, dir));
			out.flush();
			return status;
		} catch (IOException | RuntimeException e) {
			err.println("hamc: cannot write the report under " + dir + " (" + e + ")");
			return 1;
		}
	}
}
