package org.cheapnet.dsl.compiler.plan.choice;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.construct.LowerBound;

/**
 * The plan the selector kept, every candidate it compared, and a rigorous lower bound on M.
 *
 * @param chosen     the winning candidate
 * @param tried      all candidates that computed the polynomial and kept to {@code @local}, the
 *                   greedy planner's first
 * @param lowerBound no program computes the polynomial(s) with fewer products (for several
 *                   outputs: the largest of their bounds)
 * @param discrete   some variable is a bit or a spin: the bound is for computing the polynomial
 *                   itself, while a network only has to agree on the states, so it proves nothing
 */
public record PlanChoice(Candidate chosen, List<Candidate> tried, LowerBound lowerBound, boolean discrete) {

    public PlanChoice {
        tried = List.copyOf(tried);
    }

    /** A plan that was not compared with others (built by one construction). */
    public static PlanChoice only(String construction, Plan plan) {
        Candidate candidate = new Candidate(construction, plan);
        return new PlanChoice(candidate, List.of(candidate), new LowerBound(0, "none"), true);
    }

    public Plan plan() {
        return chosen.plan();
    }

    public String construction() {
        return chosen.construction();
    }

    /** Whether a plan of M products is proved to need no fewer: M meets the bound, over real variables. */
    public boolean provedMinimal(long multiplications) {
        return !discrete && multiplications == lowerBound.multiplications();
    }

    /** Whether the chosen plan is proved minimal. */
    public boolean provedMinimal() {
        return provedMinimal(chosen.multiplications());
    }
}
