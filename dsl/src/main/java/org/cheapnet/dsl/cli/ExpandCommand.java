package org.cheapnet.dsl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.cheapnet.dsl.cli.Hamc.UsageException;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.xtext.validation.CheckMode;

/**
 * {@code hamc expand FILE [--hamiltonian MODEL.NAME]}: the polynomial with lets inlined, one
 * monomial per line in canonical order; without --hamiltonian every hamiltonian, each after a
 * {@code # MODEL.NAME} line. Diagnostics go to stderr; status 1 if the file has errors.
 */
final class ExpandCommand {
	private final PrintStream out;
	private final PrintStream err;

	ExpandCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		String file = null;
		String wanted = null;
		boolean poly = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--hamiltonian")) {
				UsageException.require(i + 1 < args.size(), "--hamiltonian needs MODEL.NAME");
				wanted = args.get(++i);
			} else if (arg.startsWith("--hamiltonian=")) {
				wanted = arg.substring("--hamiltonian=".length());
			} else if (arg.equals("--format") || arg.startsWith("--format=")) {
				String format = arg.equals("--format") && i + 1 < args.size() ? args.get(++i) : arg.substring(arg.indexOf('=') + 1);
				UsageException.require(format.equals("ham") || format.equals("poly"), "--format takes ham or poly, not '%s'", format);
				poly = format.equals("poly");
			} else {
				UsageException.require(!arg.startsWith("-"), "unknown option '%s'", arg);
				UsageException.require(file == null, "expand takes one FILE");
				file = arg;
			}
		}
		UsageException.require(file != null, "expand needs a FILE");

		HamWorkspace workspace = new HamWorkspace();
		HamWorkspace.LoadedFile loaded = workspace.load(Path.of(file), CheckMode.NORMAL_AND_FAST);
		loaded.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).forEach(err::println);
		if (loaded.hasErrors()) {
			return 1;
		}
		List<String> sections = new ArrayList<>();
		boolean found = false;
		// an empty file parses to no AST at all: no models, so nothing to print
		List<Model> models = loaded.ast() == null ? List.of() : loaded.ast().getModels();
		String packageName = loaded.ast() == null ? null : loaded.ast().getName();
		for (Model model : models) {
			LoweredModel lowered = workspace.lowered(model);
			for (LoweredHamiltonian hamiltonian : lowered.hamiltonians().values()) {
				if (wanted == null) {
					sections.add("# " + hamiltonian.name() + "\n" + text(hamiltonian.expanded(), lowered.space(), poly));
				} else if (matches(wanted, hamiltonian.name(), packageName)) {
					sections.add(text(hamiltonian.expanded(), lowered.space(), poly));
					found = true;
				}
			}
		}
		if (wanted != null && !found) {
			err.println(new Diagnostic(Path.of(file), 1, 1, Diagnostic.Severity.ERROR, "no hamiltonian " + wanted + " in this file",
					HamIssueCodes.UNKNOWN_NAME));
			return 1;
		}
		sections.forEach(out::print);
		out.flush();
		return 0;
	}

	/**
	 * The expand format, or the anchors' .poly format (shared/anchors/README.md): a `vars:` line
	 * fixing the variable order, then the same monomial lines with names of letters and digits
	 * only ({@link #polyName}).
	 */
	private static String text(Polynomial p, VariableSpace space, boolean poly) {
		if (!poly) {
			return PolynomialFormat.expand(p, space);
		}
		IntFunction<String> name = atom -> polyName(space.label(atom));
		String vars = p.atoms().stream().map(name::apply).collect(Collectors.joining(" "));
		return (vars.isEmpty() ? "" : "vars: " + vars + "\n") + PolynomialFormat.expand(p, name);
	}

	/** A .poly name for a label: s[1,2] -> si1i2, x[3] -> xi3, my_x -> myux (letters and digits only). */
	static String polyName(String label) {
		return label.replace("_", "u").replace("[", "i").replace(",", "i").replace("]", "");
	}

	/** MODEL.NAME, or the same prefixed by the file's package. */
	private static boolean matches(String wanted, String name, String packageName) {
		return wanted.equals(name) || (packageName != null && wanted.equals(packageName + "." + name));
	}
}
