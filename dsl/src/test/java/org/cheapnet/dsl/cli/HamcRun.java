package org.cheapnet.dsl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One run of {@code hamc} in this JVM: its exit status and what it printed on stdout and stderr. */
record HamcRun(int status, String out, String err) {

	static HamcRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int status = Hamc.run(List.of(args), o, e);
			return new HamcRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	List<String> outLines() {
		return lines(out);
	}

	List<String> errLines() {
		return lines(err);
	}

	private static List<String> lines(String text) {
		return text.lines().toList();
	}

	static Path write(Path dir, String name, String text) {
		try {
			return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
