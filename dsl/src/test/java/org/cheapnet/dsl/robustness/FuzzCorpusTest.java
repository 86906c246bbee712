package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Inputs that once broke the pipeline (found by {@link HamFuzzTest} and the limit tests), kept in
 * src/test/resources/fuzz-corpus as regression tests: each must now go through parse, full
 * validation and generation with positioned, coded issues and no exception.
 */
class FuzzCorpusTest {
	private static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");
	private static PipelineCheck check;

	@BeforeAll
	static void start() {
		check = new PipelineCheck(60);
	}

	@AfterAll
	static void stop() {
		check.close();
	}

	@TestFactory
	Stream<DynamicTest> everyCorpusInputGoesThroughThePipeline() throws IOException {
		List<Path> inputs;
		try (Stream<Path> files = Files.list(CORPUS)) {
			inputs = files.filter(p -> p.toString().endsWith(".ham")).sorted().toList();
		}
		assertFalse(inputs.isEmpty(), "the corpus is empty");
		return inputs.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
			String text = Files.readString(path, StandardCharsets.UTF_8);
			assertEquals(List.of(), check.problems(text));
		}));
	}
}
