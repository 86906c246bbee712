package org.cheapnet.dsl.compiler.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cheapnet.dsl.compiler.plan.OperandTable.Scaled;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Turns a monomial over inputs and planned lets into scale * prod operand^exponent: each let
 * atom becomes its planned linear form (a constant form is a number, a scaled form gives its
 * scale to the coefficient), factors that became equal are merged, bits and spins are reduced
 * again (a let may stand for a single input), and the distinct bits, and the distinct spins, of
 * the monomial are replaced by one discrete product when there are two or more.
 */
final class Factoring {

    /** scale * prod over the map of operand^exponent; an empty map is the constant scale. */
    record Factored(double scale, TreeMap<Integer, Integer> exponents) {
    }

    private final VariableSpace space;
    private final StepBuilder steps;
    /** let atom -> planned form (looked up only). */
    private final Map<Integer, LinearForm> letForms = new HashMap<>();

    Factoring(VariableSpace space, StepBuilder steps) {
        this.space = space;
        this.steps = steps;
    }

    void defineLet(int atom, LinearForm form) {
        letForms.put(atom, form);
    }

    Factored factor(Monomial m, double coefficient) {
        double scale = coefficient;
        TreeMap<Integer, Integer> exponents = new TreeMap<>();
        for (int k = 0; k < m.size(); k++) {
            LinearForm form = formOf(m.atom(k));
            if (form.size() == 0) {
                scale *= Math.pow(form.constant(), m.exponent(k));
                continue;
            }
            Scaled operand = steps.operand(form);
            scale *= Math.pow(operand.scale(), m.exponent(k));
            exponents.merge(operand.operand(), m.exponent(k), Integer::sum);
        }
        reduceDiscrete(exponents);
        groupDiscrete(exponents, VariableKind.BIT);
        groupDiscrete(exponents, VariableKind.SPIN);
        return new Factored(scale, exponents);
    }

    private LinearForm formOf(int atom) {
        if (space.isInput(atom)) {
            return LinearForm.of(atom);
        }
        LinearForm form = letForms.get(atom);
        if (form == null) {
            throw new IllegalStateException("let " + space.label(atom) + " used before it is planned");
        }
        return form;
    }

    /** bit^k = bit, spin^k = spin^(k mod 2). */
    private void reduceDiscrete(TreeMap<Integer, Integer> exponents) {
        exponents.entrySet().removeIf(e -> kindOf(e.getKey()) == VariableKind.SPIN && e.getValue() % 2 == 0);
        exponents.replaceAll((operand, e) -> kindOf(operand) == VariableKind.REAL ? e : 1);
    }

    private void groupDiscrete(TreeMap<Integer, Integer> exponents, VariableKind kind) {
        List<Integer> inputs = new ArrayList<>();
        for (int operand : exponents.keySet()) {
            if (kindOf(operand) == kind) {
                inputs.add(steps.form(operand).value(0));
            }
        }
        if (inputs.size() < 2) {
            return;
        }
        exponents.keySet().removeIf(operand -> kindOf(operand) == kind);
        inputs.sort(null);
        int product = steps.discreteProduct(inputs.stream().mapToInt(Integer::intValue).toArray(),
                kind == VariableKind.SPIN);
        exponents.merge(product, 1, Integer::sum);
    }

    /** The kind of an operand that is one input itself; REAL for anything else. */
    private VariableKind kindOf(int operand) {
        LinearForm form = steps.form(operand);
        return form.isValue() && form.value(0) < steps.inputCount() ? space.kind(form.value(0)) : VariableKind.REAL;
    }
}
