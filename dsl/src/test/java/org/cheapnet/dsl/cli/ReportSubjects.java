package org.cheapnet.dsl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.report.ReportSubject;
import org.eclipse.xtext.validation.CheckMode;

/** The report subjects of a .ham file, loaded as {@code hamc report} loads them, for tests of the HTML and DOT reports. */
final class ReportSubjects {

	/** The examples module's models, relative to the dsl module (where the tests run). */
	static final Path EXAMPLES = Path.of("../examples/src/main/ham");

	private ReportSubjects() {
	}

	static List<ReportSubject> of(Path file) {
		HamWorkspace workspace = new HamWorkspace();
		HamWorkspace.LoadedFile loaded = workspace.load(file, CheckMode.NORMAL_AND_FAST);
		if (loaded.hasErrors()) {
			throw new IllegalArgumentException(file + " has errors: " + loaded.diagnostics());
		}
		List<ReportSubject> subjects = new ArrayList<>();
		for (Model model : loaded.ast().getModels()) {
			ModelCompilation compilation = workspace.compiled(model);
			var space = workspace.lowered(model).space();
			for (HamiltonianCompilation h : compilation.hamiltonians()) {
				subjects.add(ReportSubject.of(h, ReportEntry.of(h, null), space));
			}
			for (ClassifierCompilation c : compilation.classifiers()) {
				subjects.add(ReportSubject.of(c, ReportEntry.of(c, null, space), space));
			}
		}
		return subjects;
	}

	static ReportSubject named(Path file, String name) {
		return of(file).stream().filter(s -> s.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no " + name + " in " + file));
	}
}
