package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.log4j.Logger;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Realistic models, mutated at random (seeded) token by token, go through parsing and full
 * validation: nothing may throw, and every issue must be positioned and carry a code (as
 * {@link PipelineCheck} checks; {@link HamFuzzTest} also generates models and runs the generator). Exceptions
 * that Xtext's validator catches and logs count as failures too (a log appender watches for them).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class MutationRobustnessTest {

	/**
	 * Mutants per model: 3000 in all, about ten seconds on a 2-core machine. Other seeds and larger
	 * counts find mutants that run out of memory while inlining lets (no term limit there yet), e.g.
	 * {@code hamiltonian H = prod(c in coarse) m[c]} in the block-spin model.
	 */
	private static final int MUTANTS_PER_MODEL = 600;
	private static final long SEED = 0x5eed_cafeL;

	private static final String ISING = """
			package cheapnet.examples
			// Ising model on a periodic 8 x 8 square lattice.
			model Ising2D {
			    lattice grid = square(8, 8) periodic
			    spin s on grid
			    param J = 1.0
			    param h = 0.1
			    @local(1) @symmetric(translation) @tolerance(1e-6) @activation(tanh) @depth(3)
			    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b]
			                  - h * sum(a in grid) s[a]
			}
			""";

	private static final String PHI4 = """
			model Phi4Chain {
			    lattice c = chain(8) open
			    real phi on c in [-2, 2]
			    param m2 = -1.5
			    param lambda = 0.25
			    /* gradient, mass and quartic terms */
			    @local(1)
			    hamiltonian H = sum(i in c) (phi[i+1] - phi[i])^2 + m2 / 2 * sum(i in c) phi[i]^2
			                  + lambda * sum(i in c) phi[i]^4
			}
			""";

	private static final String BLOCK_SPIN = """
			model BlockSpin {
			    lattice fine = square(8, 8) periodic
			    lattice coarse = square(4, 4) periodic
			    spin s on fine
			    let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
			    let e[k in 0..3] = m[(k, k)]^2
			    @symmetric(flip)
			    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b] + 0.5 * sum(k in 0..3) e[k]
			}
			""";

	private static final String CLASSIFIER = """
			model Temperature {
			    lattice ring = chain(6) periodic
			    spin s on ring
			    param beta = 0.5
			    @symmetric(translation, flip) @local(1)
			    hamiltonian Hot = -beta * sum(i in ring) s[i] * s[i+1]
			    @symmetric(translation, flip) @local(1)
			    hamiltonian Cold = -4 * beta * sum(i in ring) s[i] * s[i+1]
			    classifier T {
			        class hot = Hot prior 0.5
			        class cold = Cold prior 0.5
			        normalize exact
			    }
			}
			""";

	private static final String GAUSSIAN = """
			model Gaussians {
			    real x[3] in [-4, 4]
			    param k = 2
			    hamiltonian A = 0.5 * sum(i in 0..2) x[i]^2 + 0.1 * x[0] * x[1] - x[2]
			    hamiltonian B = 0.5 * k * sum(i in 0..2) (x[i] - 1)^2
			    classifier Which {
			        class a = A prior 0.25
			        class b = B prior 0.75
			        normalize gaussian
			    }
			}
			""";

	private static final List<String> MODELS = List.of(ISING, PHI4, BLOCK_SPIN, CLASSIFIER, GAUSSIAN);

	/** Crude tokens: a newline, a comment, a name or keyword (with '@'), a number, '..', or one other character. */
	private static final Pattern TOKEN = Pattern.compile(
			"\\n|//[^\\n]*|/\\*.*?\\*/|@?[A-Za-z_][A-Za-z_0-9]*|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\.|\\S", Pattern.DOTALL);

	/** What an insertion picks from: keywords, punctuation, numbers, names the models use. */
	private static final List<String> VOCABULARY = List.of(
			"package", "model", "lattice", "chain", "square", "cubic", "periodic", "open", "real", "bit", "spin", "on", "in",
			"param", "let", "hamiltonian", "classifier", "class", "prior", "normalize", "exact", "gaussian", "none", "sum", "prod",
			"@local", "@symmetric", "@tolerance", "@activation", "@depth", "@bogus", "translation", "flip", "reflection",
			"(", ")", "[", "]", "{", "}", "<", ">", ",", ".", "..", "+", "-", "*", "/", "^", "=", "@", "\n", "//", "/*",
			"0", "1", "2", "3", "0.5", "1e-3", "100", "99999999999", "s", "x", "a", "i", "grid", "c", "m", "H");

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;

	private final PipelineCheck.LoggedErrors loggedErrors = new PipelineCheck.LoggedErrors();

	@BeforeEach
	void watchTheLog() {
		Logger.getRootLogger().addAppender(loggedErrors);
	}

	@AfterEach
	void stopWatching() {
		Logger.getRootLogger().removeAppender(loggedErrors);
	}

	@Test
	void theLogWatchSeesWhatTheValidatorWouldLog() {
		// Xtext catches a validator's exception and logs it (CompositeEValidator, ResourceValidatorImpl): the watch must see it
		Logger.getLogger(ResourceValidatorImpl.class).error("probe", new IllegalStateException("probe"));
		assertEquals(1, loggedErrors.messages.size());
		loggedErrors.messages.clear();
	}

	@Test
	void theUnmutatedModelsAreValid() {
		for (String model : MODELS) {
			List<Issue> errors = validate(model).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
			assertEquals(List.of(), errors, model);
		}
		assertEquals(List.of(), loggedErrors.messages);
	}

	@Test
	void mutantsGetPositionedCodedIssuesAndNeverAnException() {
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int mutants = 0;
		int withErrors = 0;
		for (String model : MODELS) {
			List<String> tokens = tokens(model);
			for (int k = 0; k < MUTANTS_PER_MODEL; k++) {
				String mutant = join(mutate(tokens, random));
				mutants++;
				loggedErrors.messages.clear();
				try {
					List<Issue> issues = validate(mutant);
					withErrors += issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR) ? 1 : 0;
					for (Issue issue : issues) {
						String problem = PipelineCheck.problem(issue, mutant);
						if (problem != null) {
							failures.add(problem + ": " + issue + "\n--- mutant ---\n" + mutant);
						}
					}
				} catch (RuntimeException | StackOverflowError e) {
					failures.add(e + "\n--- mutant ---\n" + mutant);
				}
				for (String logged : loggedErrors.messages) {
					failures.add("logged: " + logged + "\n--- mutant ---\n" + mutant);
				}
			}
		}
		assertTrue(failures.isEmpty(), () -> failures.size() + " failures, the first:\n" + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
		// the mutations must actually break things, or the test shows nothing
		assertTrue(withErrors > mutants / 2, withErrors + " of " + mutants + " mutants have errors");
	}

	@Test
	void theTokenizerKeepsEveryNonBlankCharacter() {
		for (String model : MODELS) {
			assertEquals(model.replaceAll("[ \\t]", ""), String.join("", tokens(model)).replaceAll("[ \\t]", ""));
		}
	}

	// ---- mutation ----

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	/** One to three edits: delete, duplicate, swap with the next, or insert a vocabulary token. */
	private static List<String> mutate(List<String> original, Random random) {
		List<String> tokens = new ArrayList<>(original);
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
			int at = random.nextInt(tokens.size());
			switch (random.nextInt(4)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at));
			case 2 -> {
				if (at + 1 < tokens.size()) {
					tokens.set(at, tokens.set(at + 1, tokens.get(at)));
				}
			}
			default -> tokens.add(at, VOCABULARY.get(random.nextInt(VOCABULARY.size())));
			}
		}
		return tokens;
	}

	private static String join(List<String> tokens) {
		StringBuilder text = new StringBuilder();
		for (String token : tokens) {
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n' && !token.equals("\n")) {
				text.append(' ');
			}
			text.append(token);
		}
		return text.toString();
	}

	// ---- validation ----

	private List<Issue> validate(String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = resourceSet.createResource(URI.createURI("mutant.ham"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
