package org.cheapnet.dsl.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.cli.Hamc.UsageException;
import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.generator.AtomicFiles;
import org.cheapnet.dsl.generator.SourcePosition;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Symbol;
import org.cheapnet.dsl.onnx.ElementType;
import org.cheapnet.dsl.onnx.OnnxExport;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.CheckMode;

/**
 * {@code hamc export FILE... --onnx DIR [--float]}: validates and compiles each file as
 * {@code compile} does and writes every hamiltonian and classifier as {@code DIR/MODEL.NAME.onnx}
 * (float64, or float32 with {@code --float}), one line per written file on stdout. A network
 * whose dense weight matrices exceed the export limit is an error on stderr, the others are
 * still written. Status 1 if any file had an error, a problem or a network too large.
 */
final class ExportCommand {
	private final PrintStream out;
	private final PrintStream err;

	ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		List<String> files = new ArrayList<>();
		String onnxDir = null;
		ElementType type = ElementType.DOUBLE;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--onnx")) {
				UsageException.require(i + 1 < args.size(), "--onnx needs a DIR");
				onnxDir = args.get(++i);
			} else if (arg.equals("--float")) {
				type = ElementType.FLOAT;
			} else {
				UsageException.require(!arg.startsWith("-"), "unknown option '%s'", arg);
				files.add(arg);
			}
		}
		UsageException.require(!files.isEmpty(), "export needs at least one FILE");
		UsageException.require(onnxDir != null, "export needs --onnx DIR");
		HamWorkspace workspace = new HamWorkspace();
		boolean failed = false;
		for (String file : files) {
			failed |= !export(workspace, Path.of(file), Path.of(onnxDir), type);
		}
		out.flush();
		return failed ? 1 : 0;
	}

	/** Validates, compiles and writes one file's models; false on an error, a problem or a network too large. */
	private boolean export(HamWorkspace workspace, Path file, Path dir, ElementType type) {
		HamWorkspace.LoadedFile loaded = workspace.load(file, CheckMode.NORMAL_AND_FAST);
		loaded.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).forEach(err::println);
		if (loaded.hasErrors()) {
			return false;
		}
		List<OnnxExport.Exported> exported = new ArrayList<>();
		List<CompilationProblem> problems = new ArrayList<>();
		boolean ok = true;
		for (Model model : loaded.ast() == null ? List.<Model>of() : loaded.ast().getModels()) {
			ModelCompilation compilation = workspace.compiled(model);
			problems.addAll(compilation.problems());
			OnnxExport.Result result = OnnxExport.of(compilation, workspace.lowered(model).space(), type, Hamc.version());
			exported.addAll(result.files());
			for (OnnxExport.Failure failure : result.failures()) {
				err.println(Diagnostic.at(file, declaration(model, failure.name()), Diagnostic.Severity.ERROR, failure.message(),
						HamIssueCodes.EXPORT_TOO_LARGE));
				ok = false;
			}
			if (type == ElementType.FLOAT) {
				compilation.hamiltonians().forEach(h -> warnFloat32(file, declaration(model, h.name()), h));
			}
		}
		problems.forEach(p -> err.println(SourcePosition.describe(file.toString(), p)));
		if (!problems.isEmpty()) {
			return false;
		}
		for (OnnxExport.Exported model : exported) {
			Path target = dir.resolve(model.fileName());
			try {
				out.println(write(target, model.bytes()));
			} catch (IOException | RuntimeException e) {
				err.println(new Diagnostic(file, 1, 1, Diagnostic.Severity.ERROR, "cannot write " + target + " ("
						+ e.getClass().getSimpleName() + ": " + e.getMessage() + ")", null));
				return false;
			}
		}
		return ok;
	}

	/**
	 * Smooth gates divide a difference of activations by lambda^2 |s''(a)|; in float32 the
	 * rounding of s (2^-24 |s(a)|) is amplified by that much, which a double-precision lambda
	 * makes far larger than the tolerance. Threshold gates do not cancel.
	 */
	private void warnFloat32(Path file, EObject declaration, HamiltonianCompilation h) {
		double lambda = h.network().lambda();
		if (lambda > 0) {
			var s = h.options().activation();
			double a = s.productBias();
			double amplified = 0x1p-24 * Math.abs(s.value(a)) / (lambda * lambda * Math.abs(s.secondDerivativeAt(a)));
			if (amplified > h.options().tolerance()) {
				err.println(Diagnostic.at(file, declaration, Diagnostic.Severity.WARNING, h.model() + "." + h.name()
						+ ": in float32 each smooth gate may be off by about " + String.format("%.1g", amplified)
						+ " of its scale (lambda = " + String.format("%.3g", lambda) + " is chosen for float64), more than the tolerance "
						+ h.options().tolerance() + "; export float64", HamIssueCodes.FLOAT32_IMPRECISE));
			}
		}
	}

	/** The model's hamiltonian or classifier of that name (null if none, then diagnostics are at line 1). */
	private static EObject declaration(Model model, String name) {
		for (EObject member : model.eContents()) {
			if (member instanceof Symbol symbol && name.equals(symbol.getName())) {
				return member;
			}
		}
		return null;
	}

	/** Writes bytes atomically (AtomicFiles). */
	private static Path write(Path target, byte[] bytes) throws IOException {
		return AtomicFiles.write(target, bytes);
	}
}
