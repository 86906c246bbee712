package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;


import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing (jqwik) of the whole pipeline that a build runs (parse, validate with the compilation
 * check, generate; see {@link PipelineCheck}): random models that follow the grammar
 * ({@link RandomModels}) and the example models mutated character by character
 * ({@link TextMutations}). Every input must end in positioned, coded issues or generated Java,
 * within the time bound, with no exception. A failing input is printed with its seed; once
 * fixed, it goes into src/test/resources/fuzz-corpus, which {@link FuzzCorpusTest} replays.
 * Tries and seeds are fixed, so a run is repeatable; change a seed to explore further.
 */
class HamFuzzTest {
	/** Per input; far above what any input takes, so only a hang reaches it. */
	private static final long TIMEOUT_SECONDS = 30;
	static final Path EXAMPLES = Path.of("../examples/src/main/ham");

	private static PipelineCheck check;
	private static List<String> examples;

	@BeforeContainer
	static void start() {
		check = new PipelineCheck(TIMEOUT_SECONDS);
		examples = examples();
	}

	@AfterContainer
	static void stop() {
		check.close();
	}

	@Property(tries = 150, seed = "20261122", shrinking = ShrinkingMode.OFF)
	void randomModelsGoThroughThePipeline(@ForAll long seed) {
		String text = RandomModels.file(seed);
		assertEquals(List.of(), check.problems(text), () -> "seed " + seed + ":\n" + text);
	}

	@Property(tries = 250, seed = "20261123", shrinking = ShrinkingMode.OFF)
	void mutatedExamplesGoThroughThePipeline(@ForAll long seed) {
		Random random = new Random(seed);
		String text = TextMutations.mutate(examples.get(random.nextInt(examples.size())), examples, random);
		assertEquals(List.of(), check.problems(text), () -> "seed " + seed + ":\n" + text);
	}

	@Example
	void theGeneratorMakesMostlyValidModelsAndSomeInvalidOnes() throws IOException {
		// the random models must reach the compiler (valid) and the validators (invalid) both
		int valid = 0;
		int generated = 0;
		for (long seed = 0; seed < 60; seed++) {
			PipelineCheck.Outcome outcome = check.run(RandomModels.file(seed));
			valid += outcome.hasErrors() ? 0 : 1;
			generated += outcome.generatedPaths().isEmpty() ? 0 : 1;
		}
		int validCount = valid;
		assertTrue(valid >= 10 && valid <= 50, () -> validCount + " of 60 valid");
		assertTrue(generated >= 10, generated + " of 60 generated Java");
	}

	static List<String> examples() {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter(p -> p.toString().endsWith(".ham")).sorted().map(p -> {
				try {
					return Files.readString(p, StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
