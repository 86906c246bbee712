package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Straight-line Java statements over arrays, split so that no method nears the JVM's 64 KiB
 * bytecode limit: an affine combination c + sum_i w_i v_i of many terms becomes several
 * statements of at most {@link #TERMS_PER_STATEMENT} terms ({@code t = c + ...; t = t + ...;},
 * left to right, so the sum rounds exactly as a loop adding one term at a time), and
 * {@link #methods()} groups the statements into method bodies of at most
 * {@link #STATEMENTS_PER_METHOD} statements and {@link #TERMS_PER_METHOD} terms (about 10 bytes
 * of bytecode each), which also keeps them below HotSpot's 8000 bytes (DontCompileHugeMethods):
 * a larger method is never JIT-compiled and runs several times slower. Zero weights are left
 * out: they add exactly 0 to a finite sum.
 */
final class StraightLineCode {
	static final int TERMS_PER_STATEMENT = 32;
	static final int STATEMENTS_PER_METHOD = 100;
	static final int TERMS_PER_METHOD = 400;

	private final List<String> statements = new ArrayList<>();
	private final List<Integer> costs = new ArrayList<>();

	/** Adds one statement reading about {@code terms} values. */
	void add(String statement, int terms) {
		statements.add(statement);
		costs.add(Math.max(1, terms));
	}

	/** target = constant + sum_i weights[i] * operand(values[i]), in as many statements as needed. */
	void assign(String target, double constant, int[] values, double[] weights, IntFunction<String> operand) {
		StringBuilder s = new StringBuilder(target).append(" = ");
		boolean empty = true;
		if (constant != 0 || nonZero(weights) == 0) {
			s.append(JavaLiterals.of(constant));
			empty = false;
		}
		int inStatement = 0;
		for (int i = 0; i < values.length; i++) {
			if (weights[i] == 0) {
				continue;
			}
			if (inStatement == TERMS_PER_STATEMENT) {
				add(s.append(';').toString(), inStatement);
				s = new StringBuilder(target).append(" = ").append(target);
				inStatement = 0;
			}
			s.append(term(weights[i], operand.apply(values[i]), empty));
			empty = false;
			inStatement++;
		}
		add(s.append(';').toString(), inStatement);
	}

	/** The text of an affine combination as one expression, for short ones (see {@link #fits}). */
	static String expression(double constant, int[] values, double[] weights, IntFunction<String> operand) {
		StringBuilder s = new StringBuilder();
		boolean empty = true;
		if (constant != 0 || nonZero(weights) == 0) {
			s.append(JavaLiterals.of(constant));
			empty = false;
		}
		for (int i = 0; i < values.length; i++) {
			if (weights[i] != 0) {
				s.append(term(weights[i], operand.apply(values[i]), empty));
				empty = false;
			}
		}
		return s.toString();
	}

	/** " + w_1 * v_1 - w_2 * v_2 ...": the non-zero terms, each with its operator, to append to a sum. */
	static String appended(int[] values, double[] weights, IntFunction<String> operand) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (weights[i] != 0) {
				s.append(term(weights[i], operand.apply(values[i]), false));
			}
		}
		return s.toString();
	}

	/** Whether a combination of this many weights fits in one statement. */
	static boolean fits(double[] weights) {
		return nonZero(weights) <= TERMS_PER_STATEMENT;
	}

	/** " + v", " - v", " + 0.5 * v", " - 0.5 * v"; the first term without a leading operator. */
	private static String term(double weight, String operand, boolean first) {
		double magnitude = Math.abs(weight);
		String product = magnitude == 1 ? operand : JavaLiterals.of(magnitude) + " * " + operand;
		if (first) {
			return weight < 0 ? "-" + product : product;
		}
		return (weight < 0 ? " - " : " + ") + product;
	}

	private static int nonZero(double[] weights) {
		int n = 0;
		for (double w : weights) {
			if (w != 0) {
				n++;
			}
		}
		return n;
	}

	/** The statements grouped into method bodies, in order. */
	List<List<String>> methods() {
		List<List<String>> methods = new ArrayList<>();
		List<String> current = new ArrayList<>();
		int terms = 0;
		for (int i = 0; i < statements.size(); i++) {
			if (!current.isEmpty() && (current.size() == STATEMENTS_PER_METHOD || terms + costs.get(i) > TERMS_PER_METHOD)) {
				methods.add(current);
				current = new ArrayList<>();
				terms = 0;
			}
			current.add(statements.get(i));
			terms += costs.get(i);
		}
		if (!current.isEmpty()) {
			methods.add(current);
		}
		return methods;
	}
}
