package org.cheapnet.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The command line: {@code hamc check FILE...}, {@code hamc expand FILE [--hamiltonian MODEL.NAME]},
 * {@code hamc report FILE [--json]}.
 * Exit status 0 on success, 1 when a file has errors, 2 on a usage error. Never prints a stack
 * trace: every problem with the input becomes a positioned diagnostic.
 */
public final class Hamc {
	/** Deeply nested expressions recurse in the parser and in lowering: run on a large stack. */
	private static final long STACK_BYTES = 1L << 30;

	static final String USAGE = """
			usage: hamc <command> [options]

			commands:
			  check FILE...                        validate .ham files; one line per diagnostic:
			                                       FILE:LINE:COLUMN: error|warning|info: MESSAGE [CODE]
			  expand FILE [--hamiltonian MODEL.NAME] [--format ham|poly]
			                                       print each hamiltonian's polynomial, lets inlined, one
			                                       monomial per line: COEFFICIENT FACTOR*FACTOR...
			  compile FILE... -o DIR               write the Java class of each hamiltonian and classifier under DIR
			  export FILE... --onnx DIR [--float]  write each hamiltonian and classifier as DIR/MODEL.NAME.onnx
			                                       (ONNX opset 17, float64; --float: float32)
			  plan FILE.poly... [--tolerance EPS] [--json]
			                                       plan polynomials in the anchors' .poly format with every
			                                       construction, keep the cheapest whose network verifies
			                                       (EPS default 1e-4); show M, neurons, the construction,
			                                       the lower bound and the times
			  report FILE [--json]                 compile every hamiltonian and classifier and show
			                                       its cost: multiplications, neurons, depth, weights,
			                                       lambda, beta, predicted and measured error, the flat
			                                       network, times; --json: one JSON object on stdout
			  report FILE --html DIR               write DIR/NAME.html: the counts, the network drawn, error
			                                       against lambda and beta, deep against flat (no script)
			  report FILE --dot [--hamiltonian MODEL.NAME]
			                                       Graphviz DOT of each network (one digraph each) on stdout
			  --help                               this text
			  --version                            the version

			exit status: 0 success, 1 a file has errors, 2 wrong usage
			""";

	private Hamc() {
	}

	public static void main(String[] args) throws InterruptedException {
		// Xtext logs through log4j; a failing check is already a diagnostic, so keep stdout clean
		org.apache.log4j.Logger.getRootLogger().removeAllAppenders();
		org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.OFF);
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		// 1 unless run returns: an error escaping it (out of memory) must not look like success
		int[] status = { 1 };
		Thread worker = new Thread(null, () -> status[0] = run(List.of(args), out, err), "hamc", STACK_BYTES);
		worker.setUncaughtExceptionHandler((thread, e) -> err.println("hamc: internal error: " + e));
		worker.start();
		worker.join();
		out.flush();
		System.exit(status[0]);
	}

	/** Runs one command; returns the exit status. */
	static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			err.print(USAGE);
			return 2;
		}
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (args.get(0)) {
			case "--help", "-h", "help" -> {
				out.print(USAGE);
				yield 0;
			}
			case "--version", "-V", "version" -> {
				out.println("hamc " + version());
				yield 0;
			}
			case "check" -> new CheckCommand(out).run(rest, err);
			case "expand" -> new ExpandCommand(out, err).run(rest);
			case "report" -> new ReportCommand(out, err).run(rest);
			case "compile" -> new CompileCommand(out, err).run(rest);
			case "export" -> new ExportCommand(out, err).run(rest);
			case "plan" -> new PlanCommand(out, err).run(rest);
			default -> usageError(err, "unknown command '" + args.get(0) + "'");
			};
		} catch (UsageException e) {
			return usageError(err, e.getMessage());
		}
	}

	static int usageError(PrintStream err, String message) {
		err.println("hamc: " + message);
		err.print(USAGE);
		return 2;
	}

	static String version() {
		try (InputStream in = Hamc.class.getResourceAsStream("hamc.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		} catch (IOException e) {
			return "unknown";
		}
	}

	/** Wrong arguments: reported with the usage text, exit status 2. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}

		static void require(boolean condition, String message, Object... args) {
			if (!condition) {
				throw new UsageException(String.format(message, Arrays.stream(args).toArray()));
			}
		}
	}
}
