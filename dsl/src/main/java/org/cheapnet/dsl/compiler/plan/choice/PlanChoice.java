package org.cheapnet.dsl.compiler.plan.choice;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.Plan;

/**
 * The plan the selector kept and every candidate it compared.
 *
 * @param chosen the winning candidate
 * @param tried  all candidates that computed the polynomial and kept to {@code @local}, the
 *               greedy planner's first
 */
public record PlanChoice(Candidate chosen, List<Candidate> tried) {

    public PlanChoice {
        tried = List.copyOf(tried);
    }

    /** A plan that was not compared with others (built by one construction). */
    public static PlanChoice only(String construction, Plan plan) {
        Candidate candidate = new Candidate(construction, plan);
        return new PlanChoice(candidate, List.of(candidate));
    }

    public Plan plan() {
        return chosen.plan();
    }

    public String construction() {
        return chosen.construction();
    }
}
