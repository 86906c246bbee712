package org.cheapnet.dsl.compiler.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.Activation;

/**
 * Chooses a gate for every step of a plan: a product of two different forms is a product gate,
 * of a form with itself a square gate; a product of bits or spins is one threshold gate when the
 * activation saturates (sigmoid, tanh), otherwise a balanced tree of product gates (depth
 * ceil(log2 k)). Linear forms pass through unchanged: they become weights, never neurons.
 */
public final class PlanGates {

    private PlanGates() {
    }

    /**
     * @throws IllegalArgumentException if the plan's inputs are not the space's, or a discrete
     *                                  product reads an input of another kind (a malformed plan)
     */
    public static GateProgram lower(Plan plan, VariableSpace space, Activation activation) {
        if (plan.inputCount() != space.inputCount()) {
            throw new IllegalArgumentException("plan has " + plan.inputCount() + " inputs, the space " + space.inputCount());
        }
        // planValue[v]: plan value v as a linear form of program values
        LinearForm[] planValue = new LinearForm[plan.valueCount()];
        for (int i = 0; i < plan.inputCount(); i++) {
            planValue[i] = LinearForm.of(i);
        }
        List<GateNode> gates = new ArrayList<>();
        for (int s = 0; s < plan.steps().size(); s++) {
            Step step = plan.steps().get(s);
            planValue[plan.inputCount() + s] = step instanceof Step.Product product
                    ? product(product, planValue, gates, plan.inputCount())
                    : discreteProduct((Step.DiscreteProduct) step, space, activation, gates, plan.inputCount());
        }
        List<LinearForm> outputs = new ArrayList<>();
        for (LinearForm output : plan.outputs()) {
            outputs.add(substitute(output, planValue));
        }
        return new GateProgram(plan.inputCount(), gates, outputs);
    }

    private static LinearForm product(Step.Product product, LinearForm[] planValue, List<GateNode> gates, int inputCount) {
        LinearForm left = substitute(product.left(), planValue);
        if (product.isSquare()) {
            return add(new GateNode(GateKind.SQUARE, List.of(left)), gates, inputCount);
        }
        LinearForm right = substitute(product.right(), planValue);
        return add(new GateNode(GateKind.PRODUCT, List.of(left, right)), gates, inputCount);
    }

    private static LinearForm discreteProduct(Step.DiscreteProduct product, VariableSpace space, Activation activation,
            List<GateNode> gates, int inputCount) {
        VariableKind kind = product.spins() ? VariableKind.SPIN : VariableKind.BIT;
        List<LinearForm> factors = new ArrayList<>();
        for (int input : product.inputs()) {
            if (!space.isInput(input) || space.kind(input) != kind) {
                throw new IllegalArgumentException("a product of " + kind + "s reads " + input + ", which is not one");
            }
            factors.add(LinearForm.of(input));
        }
        if (factors.size() == 1) {
            return factors.get(0);
        }
        if (activation.saturates()) {
            GateKind gate = product.spins() ? GateKind.SPIN_PRODUCT : GateKind.BIT_PRODUCT;
            return add(new GateNode(gate, factors), gates, inputCount);
        }
        // pairwise rounds: a balanced tree of product gates
        while (factors.size() > 1) {
            List<LinearForm> next = new ArrayList<>();
            for (int i = 0; i + 1 < factors.size(); i += 2) {
                next.add(add(new GateNode(GateKind.PRODUCT, List.of(factors.get(i), factors.get(i + 1))), gates, inputCount));
            }
            if (factors.size() % 2 == 1) {
                next.add(factors.get(factors.size() - 1));
            }
            factors = next;
        }
        return factors.get(0);
    }

    private static LinearForm add(GateNode gate, List<GateNode> gates, int inputCount) {
        gates.add(gate);
        return LinearForm.of(inputCount + gates.size() - 1);
    }

    /** c + sum_i w_i planValue[v_i]: a form of plan values rewritten over program values. */
    static LinearForm substitute(LinearForm form, LinearForm[] planValue) {
        Map<Integer, Double> weights = new HashMap<>();
        double constant = form.constant();
        for (int i = 0; i < form.size(); i++) {
            LinearForm value = planValue[form.value(i)];
            double w = form.weight(i);
            constant += w * value.constant();
            for (int j = 0; j < value.size(); j++) {
                weights.merge(value.value(j), w * value.weight(j), Double::sum);
            }
        }
        return LinearForm.of(weights, constant);
    }
}
