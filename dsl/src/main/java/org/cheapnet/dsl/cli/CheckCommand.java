package org.cheapnet.dsl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.cheapnet.dsl.cli.Hamc.UsageException;

/** {@code hamc check FILE...}: every diagnostic of every file; status 1 if any is an error. */
final class CheckCommand {
	private final PrintStream out;

	CheckCommand(PrintStream out) {
		this.out = out;
	}

	int run(List<String> files, PrintStream err) {
		UsageException.require(!files.isEmpty(), "check needs at least one FILE");
		for (String file : files) {
			UsageException.require(!file.startsWith("-"), "unknown option '%s'", file);
		}
		HamWorkspace workspace = new HamWorkspace();
		boolean errors = false;
		for (String file : files) {
			HamWorkspace.LoadedFile loaded = workspace.load(Path.of(file));
			loaded.diagnostics().forEach(out::println);
			errors |= loaded.hasErrors();
		}
		out.flush();
		return errors ? 1 : 0;
	}
}
