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
     * (on res_5_4, sharing first, the 256 cheapest gave 280 products after clean-up, the 16 cheapest 292), and a clean-up
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
     * Takes common factors out of sums, then shares sub-products among product chains, and again
     * while that saves products: each pass exposes factors or pairs for the other (this order does
     * slightly better than sharing first: res_5_4 275 against 276, res(5,5) 586 against 591).
     */
    static Plan cleanUp(Plan plan) {
        Plan current = plan;
        while (true) {
            Plan next = ProductSharing.share(SumFactoring.factor(current));
            if (next.multiplications() >= current.multiplications()) {
                return current;
            }
            current = next;
        }
    }
}
