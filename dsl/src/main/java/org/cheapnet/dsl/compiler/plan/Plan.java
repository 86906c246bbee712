package org.cheapnet.dsl.compiler.plan;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.Step.Product;

/**
 * A straight-line program: values 0 .. inputCount-1 are the inputs (in the input vector's
 * order, so a value id of an input is its offset), value inputCount + i is the result of step i,
 * and each output is a linear form of values. Steps read only earlier values. Immutable.
 *
 * @param inputCount number of inputs
 * @param steps      the non-linear steps in evaluation order
 * @param outputs    the planned polynomials (e.g. one hamiltonian, or the classes of a classifier)
 */
public record Plan(int inputCount, List<Step> steps, List<LinearForm> outputs) {

    public Plan {
        steps = List.copyOf(steps);
        outputs = List.copyOf(outputs);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).lastOperand() >= inputCount + i) {
                throw new IllegalArgumentException("step " + i + " reads a value not yet computed");
            }
        }
        for (LinearForm output : outputs) {
            if (output.lastValue() >= inputCount + steps.size()) {
                throw new IllegalArgumentException("an output reads a value that is never computed");
            }
        }
    }

    /** Total number of values: inputs then steps. */
    public int valueCount() {
        return inputCount + steps.size();
    }

    /** M: multiplications under the anchors' counting rule (see Step). */
    public int multiplications() {
        return steps.stream().mapToInt(Step::multiplications).sum();
    }

    /** S: how many of the multiplications are squarings. */
    public int squarings() {
        return (int) steps.stream().filter(s -> s instanceof Product p && p.isSquare()).count();
    }

    /** The most non-linear steps on one path from the inputs to an output (the network's product layers). */
    public int depth() {
        int[] depth = new int[valueCount()];
        for (int i = 0; i < steps.size(); i++) {
            int deepest = 0;
            if (steps.get(i) instanceof Product p) {
                deepest = Math.max(deepest(p.left(), depth), deepest(p.right(), depth));
            }
            depth[inputCount + i] = 1 + deepest;
        }
        int result = 0;
        for (LinearForm output : outputs) {
            result = Math.max(result, deepest(output, depth));
        }
        return result;
    }

    private static int deepest(LinearForm form, int[] depth) {
        int d = 0;
        for (int i = 0; i < form.size(); i++) {
            d = Math.max(d, depth[form.value(i)]);
        }
        return d;
    }

    /** Every value of the plan at a point, exactly as the plan computes it. */
    public double[] values(double[] inputs) {
        if (inputs.length != inputCount) {
            throw new IllegalArgumentException("expected " + inputCount + " inputs, got " + inputs.length);
        }
        double[] v = new double[valueCount()];
        System.arraycopy(inputs, 0, v, 0, inputCount);
        for (int i = 0; i < steps.size(); i++) {
            v[inputCount + i] = evaluate(steps.get(i), v);
        }
        return v;
    }

    /** Output k at a point. */
    public double evaluate(int output, double[] inputs) {
        return outputs.get(output).evaluate(values(inputs));
    }

    private static double evaluate(Step step, double[] v) {
        if (step instanceof Product p) {
            return p.left().evaluate(v) * p.right().evaluate(v);
        }
        Step.DiscreteProduct d = (Step.DiscreteProduct) step;
        double product = 1;
        for (int input : d.inputs()) {
            product *= v[input];
        }
        return product;
    }
}
