package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;

/** A plan under construction: products appended in order, each returning its value id. */
final class ProgramBuilder {

    private final int inputCount;
    private final List<Step> steps = new ArrayList<>();

    ProgramBuilder(int inputCount) {
        this.inputCount = inputCount;
    }

    /** The value id of left * right, a new step. */
    int product(LinearForm left, LinearForm right) {
        steps.add(new Step.Product(left, right));
        return inputCount + steps.size() - 1;
    }

    int square(LinearForm form) {
        return product(form, form);
    }

    Plan build(LinearForm output) {
        return new Plan(inputCount, steps, List.of(output));
    }
}
