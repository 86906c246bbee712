package org.cheapnet.dsl.compiler.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.OperandTable.Scaled;

/**
 * A plan under construction, with value numbering: a product of the same two operands, or a
 * discrete product of the same inputs, is recorded once and found again (the hash maps are only
 * looked up, never iterated). Operands are {@link OperandTable} ids; every step's result is
 * itself an operand.
 */
final class StepBuilder {

    private final int inputCount;
    private final List<Step> steps = new ArrayList<>();
    /** Products on the longest path to each value (inputs 0). */
    private final List<Integer> valueDepths = new ArrayList<>();
    private final OperandTable operands = new OperandTable();
    /** A product's operands, smaller id first. */
    private record OperandPair(int low, int high) {
        static OperandPair of(int a, int b) {
            return new OperandPair(Math.min(a, b), Math.max(a, b));
        }
    }

    private final Map<OperandPair, Integer> products = new HashMap<>();
    /** (spins, inputs) -> operand of the discrete product. */
    private final Map<List<Integer>, Integer> discreteProducts = new HashMap<>();

    StepBuilder(int inputCount) {
        this.inputCount = inputCount;
        for (int i = 0; i < inputCount; i++) {
            valueDepths.add(0);
        }
    }

    int inputCount() {
        return inputCount;
    }

    /** The operand holding a plan value itself. */
    int valueOperand(int value) {
        return operands.intern(LinearForm.of(value), valueDepths.get(value)).operand();
    }

    /** A linear form that reads at least one value, as scale * operand. */
    Scaled operand(LinearForm form) {
        int depth = 0;
        for (int i = 0; i < form.size(); i++) {
            depth = Math.max(depth, valueDepths.get(form.value(i)));
        }
        return operands.intern(form, depth);
    }

    LinearForm form(int operand) {
        return operands.form(operand);
    }

    int depth(int operand) {
        return operands.depth(operand);
    }

    /** The operand of a * b, recorded as a new step unless it is known. */
    int product(int a, int b) {
        OperandPair key = OperandPair.of(a, b);
        Integer known = products.get(key);
        if (known != null) {
            return known;
        }
        int result = append(new Step.Product(form(key.low()), form(key.high())), 1 + Math.max(depth(a), depth(b)));
        products.put(key, result);
        return result;
    }

    /** True when a * b is already a step. */
    boolean hasProduct(int a, int b) {
        return products.containsKey(OperandPair.of(a, b));
    }

    /** The operand of the product of distinct bit (or spin) inputs, given in increasing order. */
    int discreteProduct(int[] inputs, boolean spins) {
        List<Integer> key = new ArrayList<>(inputs.length + 1);
        key.add(spins ? 1 : 0);
        Arrays.stream(inputs).forEach(key::add);
        Integer known = discreteProducts.get(key);
        if (known != null) {
            return known;
        }
        int result = append(new Step.DiscreteProduct(inputs.clone(), spins), 1);
        discreteProducts.put(key, result);
        return result;
    }

    Plan build(List<LinearForm> outputs) {
        return new Plan(inputCount, steps, outputs);
    }

    private int append(Step step, int depth) {
        int value = inputCount + steps.size();
        steps.add(step);
        valueDepths.add(depth);
        return valueOperand(value);
    }
}
