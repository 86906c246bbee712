package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;

/**
 * The exact polynomial's code: the plan's steps in double arithmetic, in the same order and with
 * the same roundings as {@link Plan#values(double[])} (a product of two affine forms, a discrete
 * product as a plain product), then each output's affine form.
 */
final class PlanSections {
	static final String PREFIX = "plan";

	private PlanSections() {
	}

	/** Straight-line when the plan has at most maxStraight steps and 5 * maxStraight terms, else tables. */
	static Section of(Plan plan, int maxStraight) {
		boolean small = plan.steps().size() <= maxStraight && terms(plan) <= 5L * maxStraight;
		return small ? straight(plan) : tables(plan);
	}

	private static long terms(Plan plan) {
		long terms = 0;
		for (Step step : plan.steps()) {
			terms += step instanceof Step.Product p ? p.left().size() + p.right().size() : ((Step.DiscreteProduct) step).inputs().length;
		}
		for (LinearForm output : plan.outputs()) {
			terms += output.size();
		}
		return terms;
	}

	// Straight-line: v[k] is step k, v[steps + o] output o, v[steps + outputs] a scratch value.

	private static Section straight(Plan plan) {
		int n = plan.inputCount();
		int steps = plan.steps().size();
		int scratch = steps + plan.outputs().size();
		IntFunction<String> operand = value -> value < n ? "x[" + value + "]" : "v[" + (value - n) + "]";
		StraightLineCode code = new StraightLineCode();
		for (int k = 0; k < steps; k++) {
			Step step = plan.steps().get(k);
			if (step instanceof Step.Product p) {
				product(code, "v[" + k + "]", p, "v[" + scratch + "]", operand);
			} else {
				discreteProduct(code, "v[" + k + "]", ((Step.DiscreteProduct) step).inputs(), operand);
			}
		}
		List<String> outputs = new ArrayList<>();
		for (int o = 0; o < plan.outputs().size(); o++) {
			String target = "v[" + (steps + o) + "]";
			assign(code, target, plan.outputs().get(o), operand);
			outputs.add(target);
		}
		return new Section(PREFIX, false, scratch + 1, code.methods(), List.of(), outputs);
	}

	/** target = left * right; a square evaluates its operand once. */
	private static void product(StraightLineCode code, String target, Step.Product p, String scratch, IntFunction<String> operand) {
		LinearForm left = p.left();
		LinearForm right = p.right();
		if (p.isSquare() && left.isValue()) {
			String v = operand.apply(left.value(0));
			code.add(target + " = " + v + " * " + v + ";", 2);
		} else if (p.isSquare()) {
			assign(code, target, left, operand);
			code.add(target + " = " + target + " * " + target + ";", 1);
		} else if (fits(left) && fits(right)) {
			code.add(target + " = " + factor(left, operand) + " * " + factor(right, operand) + ";", left.size() + right.size());
		} else {
			assign(code, target, left, operand);
			assign(code, scratch, right, operand);
			code.add(target + " = " + target + " * " + scratch + ";", 1);
		}
	}

	private static void discreteProduct(StraightLineCode code, String target, int[] inputs, IntFunction<String> operand) {
		for (int start = 0; start < inputs.length; start += StraightLineCode.TERMS_PER_STATEMENT) {
			StringBuilder s = new StringBuilder(target).append(" = ").append(start == 0 ? "" : target + " * ");
			int end = Math.min(inputs.length, start + StraightLineCode.TERMS_PER_STATEMENT);
			for (int i = start; i < end; i++) {
				s.append(i == start ? "" : " * ").append(operand.apply(inputs[i]));
			}
			code.add(s.append(';').toString(), end - start);
		}
	}

	private static boolean fits(LinearForm form) {
		return form.size() <= StraightLineCode.TERMS_PER_STATEMENT;
	}

	/** A factor of a product: the operand alone, or the affine form in parentheses. */
	private static String factor(LinearForm form, IntFunction<String> operand) {
		if (form.isValue()) {
			return operand.apply(form.value(0));
		}
		return "(" + StraightLineCode.expression(form.constant(), values(form), weights(form), operand) + ")";
	}

	private static void assign(StraightLineCode code, String target, LinearForm form, IntFunction<String> operand) {
		code.assign(target, form.constant(), values(form), weights(form), operand);
	}

	static int[] values(LinearForm form) {
		int[] values = new int[form.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = form.value(i);
		}
		return values;
	}

	static double[] weights(LinearForm form) {
		double[] weights = new double[form.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = form.weight(i);
		}
		return weights;
	}

	// Tables: v[0 .. inputs) are the inputs, v[inputs + k] step k. Step k reads forms 2k and 2k+1
	// (a product) or the values of form 2k (a discrete product, KIND 1); output o is form 2 steps + o.

	private static Section tables(Plan plan) {
		List<LinearForm> forms = new ArrayList<>();
		byte[] kind = new byte[plan.steps().size()];
		for (int k = 0; k < kind.length; k++) {
			Step step = plan.steps().get(k);
			if (step instanceof Step.Product p) {
				forms.add(p.left());
				forms.add(p.right());
			} else {
				kind[k] = 1;
				forms.add(productOf(((Step.DiscreteProduct) step).inputs()));
				forms.add(LinearForm.zero());
			}
		}
		List<String> outputs = new ArrayList<>();
		for (LinearForm output : plan.outputs()) {
			outputs.add("planForm(" + forms.size() + ", v)");
			forms.add(output);
		}
		List<Table> tables = new ArrayList<>(List.of(Table.bytes("PLAN_KIND", kind)));
		tables.addAll(formTables(forms));
		return new Section(PREFIX, true, plan.valueCount(), List.of(), tables, outputs);
	}

	/** The discrete product's inputs as the values of a form (its weights, all 1, are not read). */
	private static LinearForm productOf(int[] inputs) {
		java.util.Map<Integer, Double> weights = new java.util.TreeMap<>();
		for (int input : inputs) {
			weights.put(input, 1.0);
		}
		return LinearForm.of(weights, 0);
	}

	/** Compressed rows: form f reads PLAN_VALUE[PLAN_START[f] .. PLAN_START[f + 1]). */
	private static List<Table> formTables(List<LinearForm> forms) {
		int[] start = new int[forms.size() + 1];
		for (int f = 0; f < forms.size(); f++) {
			start[f + 1] = start[f] + forms.get(f).size();
		}
		int[] value = new int[start[forms.size()]];
		double[] weight = new double[value.length];
		double[] constant = new double[forms.size()];
		for (int f = 0; f < forms.size(); f++) {
			LinearForm form = forms.get(f);
			for (int i = 0; i < form.size(); i++) {
				value[start[f] + i] = form.value(i);
				weight[start[f] + i] = form.weight(i);
			}
			constant[f] = form.constant();
		}
		return List.of(Table.ints("PLAN_START", start), Table.ints("PLAN_VALUE", value),
				Table.doubles("PLAN_WEIGHT", weight), Table.doubles("PLAN_CONSTANT", constant));
	}
}
