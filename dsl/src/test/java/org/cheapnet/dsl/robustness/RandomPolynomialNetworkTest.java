package org.cheapnet.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Evaluator;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.runtime.network.Interpreter;
import org.eclipse.xtext.testing.util.ParseHelper;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property: a random polynomial (random degrees, real, bit and spin variables, scalars and
 * vectors, random lets), written as .ham text and compiled (ModelCompiler), gives a network
 * that stays within its tolerance of the exact polynomial. The exact value is computed here
 * from the random terms themselves, independently of the compiler; the network runs on the
 * runtime Interpreter, at every state of the discrete inputs (with random reals) when there are
 * few, and at random points. The error is measured as LANGUAGE.md defines it, against a scale
 * computed here that is at least the language's S (|coefficients| times the inputs' bounds,
 * before like terms are collected), so the check is never stricter than the contract.
 */
class RandomPolynomialNetworkTest {
	private static HamInjectorProvider provider;
	private static ParseHelper<HamFile> parser;

	@BeforeContainer
	static void start() {
		provider = new HamInjectorProvider();
		provider.setupRegistry();
		Injector injector = provider.getInjector();
		parser = injector.getInstance(Key.get(new TypeLiteral<ParseHelper<HamFile>>() {
		}));
	}

	@AfterContainer
	static void stop() {
		provider.restoreRegistry();
	}

	@Property(tries = 200, seed = "424242", shrinking = ShrinkingMode.OFF)
	void theNetworkStaysWithinToleranceOfThePolynomial(@ForAll long seed) throws Exception {
		Random random = new Random(seed);
		RandomPolynomial p = RandomPolynomial.draw(random);
		String text = p.ham();
		RandomPolynomial.Compiled compiled = p.compile(parser);
		LoweredModel lowered = compiled.lowered();
		ModelCompilation compilation = compiled.compilation();
		HamiltonianCompilation h = compilation.hamiltonians().get(0);
		Interpreter network = new Interpreter(h.network().network());
		LoweredHamiltonian lowH = lowered.hamiltonians().values().iterator().next();
		double scale = p.scale();
		int checked = 0;
		for (double[] x : p.points(random)) {
			double exact = p.value(x);
			// the compiler's own evaluation with lets agrees with the independent one
			double viaEvaluator = Evaluator.evaluate(lowH.withLets(), lowered.space(), lowered.lets(), x);
			assertEquals(exact, viaEvaluator, 1e-12 * scale, () -> "Evaluator at " + java.util.Arrays.toString(x) + "\n" + text);
			double error = Math.abs(network.evaluate(x)[0] - exact) / scale;
			assertTrue(error <= p.tolerance(), () -> "relative error " + error + " > " + p.tolerance() + " at "
					+ java.util.Arrays.toString(x) + "\n" + text);
			checked++;
		}
		assertTrue(checked >= 50);
	}

	/** A random model: inputs, lets (polynomials of inputs) and H (a polynomial of inputs and lets). */
	static final class RandomPolynomial {
		enum Kind {
			REAL, BIT, SPIN
		}

		/** coefficient * prod atoms[k]^powers[k]; an atom < inputs is an input, else the let atom - inputs. */
		record Term(double coefficient, int[] atoms, int[] powers) {
		}

		final List<String> declarations = new ArrayList<>();
		final List<String> atomNames = new ArrayList<>();
		final List<Kind> kinds = new ArrayList<>();
		final List<double[]> ranges = new ArrayList<>();
		final List<List<Term>> lets = new ArrayList<>();
		List<Term> hamiltonian;
		String toleranceText;
		int inputs;

		static RandomPolynomial draw(Random random) {
			RandomPolynomial p = new RandomPolynomial();
			int declarationCount = 1 + random.nextInt(3);
			for (int d = 0; d < declarationCount && p.inputs < 7; d++) {
				Kind kind = Kind.values()[random.nextInt(3)];
				String name = "v" + d;
				int size = random.nextBoolean() ? 0 : 1 + random.nextInt(3);
				StringBuilder decl = new StringBuilder(kind.name().toLowerCase()).append(' ').append(name);
				if (size > 0) {
					decl.append('[').append(size).append(']');
				}
				double[] range = { kind == Kind.BIT ? 0 : -1, 1 };
				if (kind == Kind.REAL && random.nextBoolean()) {
					double lo = -random.nextInt(3) * 0.5;
					range = new double[] { lo, lo + 0.5 + random.nextInt(4) * 0.5 };
					decl.append(" in [").append(plain(range[0])).append(", ").append(plain(range[1])).append(']');
				}
				p.declarations.add(decl.toString());
				for (int i = 0; i < Math.max(1, size); i++) {
					p.atomNames.add(size > 0 ? name + "[" + i + "]" : name);
					p.kinds.add(kind);
					p.ranges.add(range);
					p.inputs++;
				}
			}
			int letCount = random.nextInt(3);
			for (int l = 0; l < letCount; l++) {
				p.lets.add(p.terms(random, p.inputs, 2));
				p.atomNames.add("q" + l);
			}
			p.hamiltonian = p.terms(random, p.inputs + letCount, 4);
			p.toleranceText = new String[] { null, "1e-6", "1e-4", "1e-3" }[random.nextInt(4)];
			return p;
		}

		/** 1 to 5 terms over atoms 0..atoms-1, each of degree 0 to maxDegree (a let counting 2). */
		private List<Term> terms(Random random, int atoms, int maxDegree) {
			List<Term> terms = new ArrayList<>();
			for (int t = 1 + random.nextInt(5); t > 0; t--) {
				double coefficient = (random.nextInt(4001) - 2000) / 1000.0;
				int degree = random.nextInt(maxDegree + 1);
				List<Integer> factorAtoms = new ArrayList<>();
				List<Integer> factorPowers = new ArrayList<>();
				while (degree > 0) {
					int atom = random.nextInt(atoms);
					int power = 1 + random.nextInt(Math.min(3, degree));
					int atomDegree = atom < inputs ? 1 : 2;
					if (power * atomDegree > degree) {
						power = 1;
					}
					factorAtoms.add(atom);
					factorPowers.add(power);
					degree -= power * atomDegree;
				}
				terms.add(new Term(coefficient, factorAtoms.stream().mapToInt(Integer::intValue).toArray(),
						factorPowers.stream().mapToInt(Integer::intValue).toArray()));
			}
			return terms;
		}

		/** The model's lowering and compilation (plan, network, verification). */
		record Compiled(LoweredModel lowered, ModelCompilation compilation) {
		}

		/** The model's text parsed, lowered and compiled, asserting that neither step has a diagnostic. */
		Compiled compile(ParseHelper<HamFile> parser) throws Exception {
			String text = ham();
			Model model = parser.parse(text).getModels().get(0);
			LoweredModel lowered = Lowering.lower(model);
			assertEquals(List.of(), lowered.diagnostics(), text);
			ModelCompilation compilation = ModelCompiler.compile(model, lowered);
			assertEquals(List.of(), compilation.problems(), text);
			return new Compiled(lowered, compilation);
		}

		double tolerance() {
			return toleranceText == null ? 1e-6 : Double.parseDouble(toleranceText);
		}

		String ham() {
			StringBuilder s = new StringBuilder("model P {\n");
			declarations.forEach(d -> s.append("  ").append(d).append('\n'));
			for (int l = 0; l < lets.size(); l++) {
				s.append("  let q").append(l).append(" = ").append(text(lets.get(l))).append('\n');
			}
			s.append("  ");
			if (toleranceText != null) {
				s.append("@tolerance(").append(toleranceText).append(") ");
			}
			return s.append("hamiltonian H = ").append(text(hamiltonian)).append("\n}\n").toString();
		}

		private String text(List<Term> terms) {
			StringBuilder s = new StringBuilder();
			for (Term term : terms) {
				double c = term.coefficient();
				s.append(s.isEmpty() ? (c < 0 ? "-" : "") : (c < 0 ? " - " : " + ")).append(plain(Math.abs(c)));
				for (int k = 0; k < term.atoms().length; k++) {
					s.append(" * ").append(atomNames.get(term.atoms()[k]));
					if (term.powers()[k] > 1) {
						s.append('^').append(term.powers()[k]);
					}
				}
			}
			return s.toString();
		}

		/** H at input x, from the terms (lets evaluated first). */
		double value(double[] x) {
			double[] atoms = new double[inputs + lets.size()];
			System.arraycopy(x, 0, atoms, 0, inputs);
			for (int l = 0; l < lets.size(); l++) {
				atoms[inputs + l] = evaluate(lets.get(l), atoms);
			}
			return evaluate(hamiltonian, atoms);
		}

		/** At least the language's S: the terms evaluated with |coefficients| at the inputs' bounds. */
		double scale() {
			double[] bounds = new double[inputs + lets.size()];
			for (int i = 0; i < inputs; i++) {
				bounds[i] = Math.max(Math.abs(ranges.get(i)[0]), Math.abs(ranges.get(i)[1]));
			}
			for (int l = 0; l < lets.size(); l++) {
				bounds[inputs + l] = absolute(lets.get(l), bounds);
			}
			double s = absolute(hamiltonian, bounds);
			return s > 0 ? s : 1; // H = 0: the absolute error
		}

		private static double evaluate(List<Term> terms, double[] atoms) {
			double sum = 0;
			for (Term t : terms) {
				double product = t.coefficient();
				for (int k = 0; k < t.atoms().length; k++) {
					product *= Math.pow(atoms[t.atoms()[k]], t.powers()[k]);
				}
				sum += product;
			}
			return sum;
		}

		private static double absolute(List<Term> terms, double[] bounds) {
			double sum = 0;
			for (Term t : terms) {
				double product = Math.abs(t.coefficient());
				for (int k = 0; k < t.atoms().length; k++) {
					product *= Math.pow(bounds[t.atoms()[k]], t.powers()[k]);
				}
				sum += product;
			}
			return sum;
		}

		/** Every state of the discrete inputs (reals random) when at most 2^6 of them, then 100 random points. */
		List<double[]> points(Random random) {
			List<double[]> points = new ArrayList<>();
			long discrete = kinds.stream().filter(k -> k != Kind.REAL).count();
			if (discrete <= 6) {
				for (long mask = 0; mask < 1L << discrete; mask++) {
					double[] x = randomPoint(random);
					int bit = 0;
					for (int i = 0; i < inputs; i++) {
						if (kinds.get(i) != Kind.REAL) {
							x[i] = (mask >> bit++ & 1) == 1 ? ranges.get(i)[1] : ranges.get(i)[0];
						}
					}
					points.add(x);
				}
			}
			for (int k = 0; k < 100; k++) {
				points.add(randomPoint(random));
			}
			return points;
		}

		private double[] randomPoint(Random random) {
			double[] x = new double[inputs];
			for (int i = 0; i < inputs; i++) {
				double[] r = ranges.get(i);
				x[i] = kinds.get(i) == Kind.REAL ? r[0] + (r[1] - r[0]) * random.nextDouble() : random.nextBoolean() ? r[1] : r[0];
			}
			return x;
		}

		private static String plain(double value) {
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}
}
