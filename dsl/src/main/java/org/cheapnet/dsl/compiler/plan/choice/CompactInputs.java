package org.cheapnet.dsl.compiler.plan.choice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * The inputs a polynomial reads, renumbered 0..k-1, so that a construction works on k inputs
 * rather than on the whole input vector (a model may have half a million spins and read 64),
 * and its plan is then renumbered back.
 *
 * @param atoms      the inputs read, increasing: compact input i is atoms[i]
 * @param inputCount the whole input vector's length
 */
record CompactInputs(int[] atoms, int inputCount) {

    static CompactInputs of(Polynomial p, int inputCount) {
        return new CompactInputs(p.atoms().stream().mapToInt(Integer::intValue).sorted().toArray(), inputCount);
    }

    int compactCount() {
        return atoms.length;
    }

    Polynomial compact(Polynomial p) {
        return p.mapAtoms(atom -> Arrays.binarySearch(atoms, atom));
    }

    /** A plan over the compact inputs as a plan over the whole input vector (steps keep their order). */
    Plan expand(Plan compact) {
        List<Step> steps = new ArrayList<>();
        for (Step step : compact.steps()) {
            if (step instanceof Step.Product p) {
                steps.add(new Step.Product(expand(p.left()), expand(p.right())));
            } else {
                Step.DiscreteProduct d = (Step.DiscreteProduct) step;
                steps.add(new Step.DiscreteProduct(Arrays.stream(d.inputs()).map(i -> atoms[i]).toArray(), d.spins()));
            }
        }
        return new Plan(inputCount, steps, compact.outputs().stream().map(this::expand).toList());
    }

    private LinearForm expand(LinearForm form) {
        LinearForm.Builder b = new LinearForm.Builder().addConstant(form.constant());
        for (int i = 0; i < form.size(); i++) {
            int v = form.value(i);
            b.addTerm(v < atoms.length ? atoms[v] : inputCount + v - atoms.length, form.weight(i));
        }
        return b.build();
    }
}
