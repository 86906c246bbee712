package org.cheapnet.dsl.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cheapnet.dsl.cli.Hamc.UsageException;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.NetworkCompilation;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.NetworkVerifier;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.choice.Candidate;
import org.cheapnet.dsl.compiler.plan.choice.Constructions;
import org.cheapnet.dsl.compiler.plan.choice.PlanChoice;
import org.cheapnet.dsl.compiler.plan.choice.PlanLimits;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolyReader;
import org.cheapnet.dsl.compiler.poly.PolyReader.PolyFile;
import org.cheapnet.dsl.compiler.poly.PolyReader.PolyFormatException;
import org.cheapnet.runtime.Activation;

/**
 * {@code hamc plan FILE.poly... [--tolerance EPS] [--json]}: plans polynomials in the anchors'
 * {@code .poly} format (../shared/anchors) with every construction, and keeps the cheapest plan
 * whose network verifies (real inputs in [-1, 1], relative tolerance EPS, default
 * {@value #DEFAULT_TOLERANCE}: these polynomials declare none, and deep products such as x^127
 * reach about 1e-4 in double precision), as the compiler does for a hamiltonian. Shows M, S,
 * neurons, the construction, the lower bound and the times: CheapNet's side of the anchors'
 * comparison. A file that does not parse is an error line
 * {@code FILE:LINE:1: error: MESSAGE [org.cheapnet.ham.PolySyntax]}.
 */
final class PlanCommand {
	static final String POLY_SYNTAX = "org.cheapnet.ham.PolySyntax";
	static final double DEFAULT_TOLERANCE = 1e-4;

	private final PrintStream out;
	private final PrintStream err;

	PlanCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** One planned polynomial. */
	record Planned(String name, PolyFile poly, PlanChoice choice, CompiledNetwork network, Verification verification,
			double planSeconds, double compileSeconds) {
	}

	int run(List<String> args) {
		List<String> files = new ArrayList<>();
		boolean json = false;
		double tolerance = DEFAULT_TOLERANCE;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--json")) {
				json = true;
			} else if (arg.equals("--tolerance")) {
				UsageException.require(i + 1 < args.size(), "--tolerance needs a number");
				tolerance = tolerance(args.get(++i));
			} else {
				UsageException.require(!arg.startsWith("-"), "unknown option '%s'", arg);
				files.add(arg);
			}
		}
		UsageException.require(!files.isEmpty(), "plan needs at least one FILE.poly");
		List<Planned> planned = new ArrayList<>();
		boolean failed = false;
		for (String file : files) {
			try {
				planned.add(plan(Path.of(file), tolerance));
			} catch (PolyFormatException e) {
				err.println(file + ":" + e.line() + ":1: error: " + e.getMessage() + " [" + POLY_SYNTAX + "]");
				failed = true;
			} catch (IOException e) {
				err.println(file + ":1:1: error: cannot read the file: " + e.getMessage() + " [" + POLY_SYNTAX + "]");
				failed = true;
			}
		}
		out.print(json ? json(planned) : text(planned));
		out.flush();
		return failed ? 1 : 0;
	}

	private static double tolerance(String text) {
		try {
			double t = Double.parseDouble(text);
			UsageException.require(t > 0 && t < 1, "--tolerance must lie in (0, 1), got %s", text);
			return t;
		} catch (NumberFormatException e) {
			throw new UsageException("--tolerance needs a number, got '" + text + "'");
		}
	}

	private static Planned plan(Path file, double tolerance) throws IOException {
		PolyFile poly = PolyReader.read(file);
		List<Polynomial> p = List.of(poly.polynomial());
		long start = System.nanoTime();
		PlanChoice choice = Constructions.selector().choose(p, p, poly.space(), new LetDefinitions(), PlanLimits.NONE);
		long planned = System.nanoTime();
		NetworkOptions options = new NetworkOptions(Activation.SIGMOID, tolerance, Integer.MAX_VALUE);
		NetworkCompiler compiler = new NetworkCompiler(poly.space(), options);
		// the cheapest plan whose network verifies; if none does, the best one, marked unverified
		CompiledNetwork network = null;
		Verification verification = null;
		for (Candidate candidate : choice.ranked()) {
			NetworkCompilation result = compiler.compile(candidate.plan(), p);
			if (result instanceof NetworkCompilation.Built built) {
				Verification v = NetworkVerifier.verify(built.network(), p, poly.space(), tolerance);
				if (network == null || v.passed()) {
					network = built.network();
					verification = v;
					choice = choice.choosing(candidate);
				}
				if (v.passed()) {
					break;
				}
			}
		}
		long compiled = System.nanoTime();
		String name = file.getFileName().toString().replaceFirst("\\.poly$", "");
		return new Planned(name, poly, choice, network, verification, (planned - start) / 1e9, (compiled - planned) / 1e9);
	}

	private static String text(List<Planned> planned) {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s %6s %6s %4s %7s %7s %-24s %11s %8s %8s%n",
				"polynomial", "vars", "terms", "deg", "M", "neurons", "construction", "lower bound", "plan s", "verified"));
		for (Planned p : planned) {
			b.append(String.format(Locale.ROOT, "%-20s %6d %6d %4d %7d %7s %-24s %11s %8.3f %8s%n", p.name(),
					p.poly().space().inputCount(), p.poly().polynomial().termCount(), p.poly().polynomial().degree(),
					p.choice().plan().multiplications(), p.network() == null ? "-" : p.network().counts().neurons(),
					p.choice().construction(), p.choice().lowerBound().multiplications() + (p.choice().provedMinimal() ? " (=)" : ""),
					p.planSeconds(), p.verification() == null ? "no" : p.verification().passed() ? "yes" : "no"));
		}
		return b.toString();
	}

	private static String json(List<Planned> planned) {
		JsonWriter json = new JsonWriter().beginObject().key("polynomials").beginArray();
		for (Planned p : planned) {
			PlanChoice c = p.choice();
			json.beginObject()
					.member("name", p.name())
					.member("variables", p.poly().space().inputCount())
					.member("terms", p.poly().polynomial().termCount())
					.member("degree", p.poly().polynomial().degree())
					.member("multiplications", c.plan().multiplications())
					.member("squarings", c.plan().squarings())
					.member("depth", c.plan().depth())
					.member("construction", c.construction())
					.member("lowerBound", c.lowerBound().multiplications())
					.member("lowerBoundArgument", c.lowerBound().argument())
					.member("provedMinimal", c.provedMinimal());
			json.key("candidates").beginObject();
			for (Candidate candidate : c.tried()) {
				json.member(candidate.construction(), candidate.multiplications());
			}
			json.endObject();
			if (p.network() == null) {
				json.key("neurons").nullValue();
			} else {
				json.member("neurons", p.network().counts().neurons());
			}
			json.member("verified", p.verification() != null && p.verification().passed());
			if (p.verification() == null) {
				json.key("measuredError").nullValue();
			} else {
				json.member("measuredError", p.verification().worstError());
			}
			json.member("planSeconds", p.planSeconds()).member("compileSeconds", p.compileSeconds()).endObject();
		}
		return json.endArray().endObject().toString() + "\n";
	}
}
