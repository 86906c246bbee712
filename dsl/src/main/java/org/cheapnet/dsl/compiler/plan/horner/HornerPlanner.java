package org.cheapnet.dsl.compiler.plan.horner;

import java.util.SplittableRandom;

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
        HornerOrder bestScheme = null;
        for (HornerOrder scheme : OrderSearch.candidates(terms, budget,
                terms.termCount < OrderSearch.RESTART_TERMS ? CANDIDATES : LARGE_CANDIDATES)) {
            Plan shared = cleanUp(HornerScheme.plan(terms, inputCount, scheme));
            if (best == null || shared.multiplications() < best.multiplications()) {
                best = shared;
                bestScheme = scheme;
            }
        }
        return climb(terms, inputCount, bestScheme, best, budget);
    }

    /**
     * Hill climbing on the cost after clean-up, which the order search does not see: from the best
     * scheme, annealingIterations / 10 random neighbours (a swap of two variables, a shift of the
     * flattening position, another split rule), each kept when its cleaned plan is no worse.
     * On res(7,4) 100 steps take about 2 s and save 27 products (844 -> 817).
     */
    private static Plan climb(HornerTerms terms, int inputCount, HornerOrder start, Plan startPlan, HornerBudget budget) {
        int n = terms.variableCount;
        if (n < 2) {
            return startPlan;
        }
        SplittableRandom random = new SplittableRandom(budget.seed() ^ 0x5DEECE66DL);
        HornerOrder current = start;
        Plan best = startPlan;
        for (int k = 0; k < budget.annealingIterations() / 10; k++) {
            int[] order = current.order().clone();
            int flatFrom = current.flatFrom();
            SplitRule rule = current.rule();
            double move = random.nextDouble();
            if (move < 0.15) {
                flatFrom = Math.max(1, Math.min(n, flatFrom + (random.nextBoolean() ? 1 : -1)));
            } else if (move < 0.2) {
                rule = SplitRule.values()[(rule.ordinal() + 1 + random.nextInt(2)) % 3];
            } else {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                int t = order[a];
                order[a] = order[b];
                order[b] = t;
            }
            HornerOrder next = new HornerOrder(order, rule, flatFrom, -1);
            Plan plan = cleanUp(HornerScheme.plan(terms, inputCount, next));
            if (plan.multiplications() <= best.multiplications()) {
                current = next;
                best = plan;
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
