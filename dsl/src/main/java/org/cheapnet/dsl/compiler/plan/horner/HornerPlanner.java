package org.cheapnet.dsl.compiler.plan.horner;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Plans one polynomial over real inputs by a multivariate Horner scheme with common
 * subexpressions shared ({@link HornerScheme}), under the variable order that a search finds
 * ({@link OrderSearch}): M = plan.multiplications(). Deterministic for a given budget.
 */
public final class HornerPlanner {

    /**
     * How many of the cheapest schemes get the clean-up passes ({@link ProductSharing}, {@link SumFactoring}),
     * below and from {@link OrderSearch#RESTART_TERMS} terms: the scheme's cost ranks them only roughly
     * (on res_5_4 the 256 cheapest give 280 products after clean-up, the 16 cheapest 292), and a clean-up
     * takes about 15 ms on 2500 terms.
     */
    static final int CANDIDATES = Integer.getInteger("horner.candidates", 256);
    static final int LARGE_CANDIDATES = Integer.getInteger("horner.largeCandidates", 64);

    private HornerPlanner() {
    }

    /**
     * @param p          a polynomial over input ids below inputCount (bits and spins already reduced)
     * @param inputCount the plan's number of inputs
     */
    public static Plan plan(Polynomial p, int inputCount, HornerBudget budget) {
        HornerTerms terms = new HornerTerms(p);
        if (terms.termCount == 0) {
            return new Plan(inputCount, java.util.List.of(), java.util.List.of(terms.affinePart.plus(LinearForm.zero())));
        }
        Plan best = null;
        for (HornerOrder scheme : OrderSearch.candidates(terms, budget,
                terms.termCount < OrderSearch.RESTART_TERMS ? CANDIDATES : LARGE_CANDIDATES)) {
            Plan shared = cleanUp(HornerScheme.plan(terms, inputCount, scheme));
            if (best == null || shared.multiplications() < best.multiplications()) {
                best = shared;
            }
        }
        return best;
    }

    /**
     * Shares sub-products among product chains, then takes common factors out of sums, and again
     * while that saves products: each pass exposes pairs or factors for the other.
     */
    static Plan cleanUp(Plan plan) {
        Plan current = plan;
        while (true) {
            Plan next = SumFactoring.factor(ProductSharing.share(current));
            if (next.multiplications() >= current.multiplications()) {
                return current;
            }
            current = next;
        }
    }
}
