package org.cheapnet.dsl.compiler.plan.choice;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.construct.LowerBound;

/**
 * The plans the selector ranked, every candidate it compared, and a rigorous lower bound on M.
 *
 * @param ranked     the candidates the annotations allow, best first; the driver uses the first
 *                   whose network verifies
 * @param tried      all candidates that computed the polynomial and kept to {@code @local}, the
 *                   greedy planner's first
 * @param lowerBound no program computes the polynomial(s) with fewer products (for several
 *                   outputs: the largest of their bounds)
 * @param discrete   some variable is a bit or a spin: the bound is for computing the polynomial
 *                   itself, while a network only has to agree on the states, so it proves nothing
 */
public record PlanChoice(List<Candidate> ranked, List<Candidate> tried, LowerBound lowerBound, boolean discrete) {

    public PlanChoice {
        ranked = List.copyOf(ranked);
        tried = List.copyOf(tried);
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("no candidate");
        }
    }

    /** The best candidate. */
    public Candidate chosen() {
        return ranked.get(0);
    }

    /** The same choice with {@code candidate} (one of {@link #ranked}) in front: the driver's verified pick. */
    public PlanChoice choosing(Candidate candidate) {
        List<Candidate> reordered = new java.util.ArrayList<>(ranked);
        reordered.remove(candidate);
        reordered.add(0, candidate);
        return new PlanChoice(reordered, tried, lowerBound, discrete);
    }

    /** A plan that was not compared with others (built by one construction). */
    public static PlanChoice only(String construction, Plan plan) {
        Candidate candidate = new Candidate(construction, plan);
        return new PlanChoice(List.of(candidate), List.of(candidate), new LowerBound(0, "none"), true);
    }

    public Plan plan() {
        return chosen().plan();
    }

    public String construction() {
        return chosen().construction();
    }

    /** Whether a plan of M products is proved to need no fewer: M meets the bound, over real variables. */
    public boolean provedMinimal(long multiplications) {
        return !discrete && multiplications == lowerBound.multiplications();
    }

    /** Whether the chosen plan is proved minimal. */
    public boolean provedMinimal() {
        return provedMinimal(chosen().multiplications());
    }
}
