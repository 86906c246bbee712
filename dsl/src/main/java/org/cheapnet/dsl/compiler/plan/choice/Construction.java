package org.cheapnet.dsl.compiler.plan.choice;

import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * One way to plan a single polynomial over inputs (lets inlined): a plan with one output, or
 * empty when the construction does not apply (wrong degree, too large, not univariate ...).
 */
public interface Construction {

    /** The name the report shows. */
    String name();

    Optional<Plan> plan(Polynomial polynomial, int inputCount);

    static Construction of(String name, java.util.function.BiFunction<Polynomial, Integer, Optional<Plan>> plan) {
        return new Construction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Plan> plan(Polynomial polynomial, int inputCount) {
                return plan.apply(polynomial, inputCount);
            }
        };
    }
}
