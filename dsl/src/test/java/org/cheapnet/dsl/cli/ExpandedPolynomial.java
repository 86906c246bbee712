package org.cheapnet.dsl.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of {@code hamc expand} read back, independently of the compiler's own printer: lines
 * "COEFFICIENT FACTOR*FACTOR...", a factor being name, name[i], name[i,j] or name[i,j,k] with
 * "^k" for k >= 2. Rejects anything else, so a test that reads the output also checks its form.
 */
record ExpandedPolynomial(List<Term> terms) {

	/** A decimal without exponent, as the contract asks ("coefficients as decimals"). */
	private static final Pattern COEFFICIENT = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern FACTOR = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)(?:\\[(-?\\d+(?:,-?\\d+){0,2})\\])?(?:\\^(\\d+))?");

	record Factor(String name, int[] indices, int exponent) {
		@Override
		public String toString() {
			return name + Arrays.toString(indices) + "^" + exponent;
		}
	}

	record Term(String coefficientText, double coefficient, List<Factor> factors) {
		int degree() {
			return factors.stream().mapToInt(Factor::exponent).sum();
		}
	}

	/** Values of the variables: a factor's name and indices (empty for a scalar). */
	@FunctionalInterface
	interface Assignment {
		double value(String name, int[] indices);
	}

	static ExpandedPolynomial parse(List<String> lines) {
		List<Term> terms = new ArrayList<>();
		for (String line : lines) {
			if (!line.startsWith("#")) {
				terms.add(term(line));
			}
		}
		return new ExpandedPolynomial(terms);
	}

	/** The sections of a whole-file expansion, keyed by their "# MODEL.NAME" header, in order. */
	static Map<String, ExpandedPolynomial> sections(List<String> lines) {
		Map<String, List<String>> text = new LinkedHashMap<>();
		List<String> current = null;
		for (String line : lines) {
			if (line.startsWith("# ")) {
				current = new ArrayList<>();
				if (text.put(line.substring(2), current) != null) {
					throw new IllegalArgumentException("header twice: " + line);
				}
			} else if (current == null) {
				throw new IllegalArgumentException("a term before the first header: " + line);
			} else {
				current.add(line);
			}
		}
		Map<String, ExpandedPolynomial> sections = new LinkedHashMap<>();
		text.forEach((name, body) -> sections.put(name, parse(body)));
		return sections;
	}

	private static Term term(String line) {
		int space = line.indexOf(' ');
		String coefficient = space < 0 ? line : line.substring(0, space);
		if (!COEFFICIENT.matcher(coefficient).matches()) {
			throw new IllegalArgumentException("not a decimal coefficient: '" + line + "'");
		}
		List<Factor> factors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		if (space >= 0) {
			for (String text : line.substring(space + 1).split("\\*", -1)) {
				Matcher m = FACTOR.matcher(text);
				if (!m.matches()) {
					throw new IllegalArgumentException("not a factor: '" + text + "' in '" + line + "'");
				}
				int[] indices = m.group(2) == null ? new int[0] : Arrays.stream(m.group(2).split(",")).mapToInt(Integer::parseInt).toArray();
				int exponent = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
				if (exponent < 2 && m.group(3) != null) {
					throw new IllegalArgumentException("an exponent below 2 is written: '" + line + "'");
				}
				if (!seen.add(m.group(1) + Arrays.toString(indices))) {
					throw new IllegalArgumentException("a repeated factor: '" + line + "'");
				}
				factors.add(new Factor(m.group(1), indices, exponent));
			}
		}
		return new Term(coefficient, Double.parseDouble(coefficient), factors);
	}

	double evaluate(Assignment values) {
		double sum = 0;
		for (Term term : terms) {
			double product = term.coefficient();
			for (Factor f : term.factors()) {
				product *= Math.pow(values.value(f.name(), f.indices()), f.exponent());
			}
			sum += product;
		}
		return sum;
	}

	/** The sum of |coefficient| times the largest |monomial| when every variable is bounded by 1: a scale for errors. */
	double scale(double bound) {
		return terms.stream().mapToDouble(t -> Math.abs(t.coefficient()) * Math.pow(bound, t.degree())).sum();
	}
}
