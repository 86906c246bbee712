package org.cheapnet.dsl.compiler.plan.choice;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;

/**
 * A plan one construction produced, with what decides between candidates: M and the neurons its
 * gates need (a square 2, a product 4, a product of k bits 1, of k spins k).
 *
 * @param construction the construction's name as the report shows it (e.g. "greedy", "horner")
 */
public record Candidate(String construction, Plan plan) {

    public int multiplications() {
        return plan.multiplications();
    }

    public long gateNeurons() {
        long neurons = 0;
        for (Step step : plan.steps()) {
            if (step instanceof Step.Product p) {
                neurons += p.isSquare() ? 2 : 4;
            } else {
                Step.DiscreteProduct d = (Step.DiscreteProduct) step;
                neurons += d.spins() ? d.inputs().length : 1;
            }
        }
        return neurons;
    }
}
