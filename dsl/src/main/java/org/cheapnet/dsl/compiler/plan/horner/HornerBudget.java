package org.cheapnet.dsl.compiler.plan.horner;

/**
 * How hard the order search works. All searches are seeded, so equal budgets give equal plans.
 *
 * @param annealingIterations simulated annealing over permutations (swaps), as FORM's O4; 0 = none
 * @param treeSearchIterations Monte Carlo tree search over order prefixes (UCT), as FORM's O3; 0 = none
 * @param explorationConstants the UCT constants C_p tried, one tree search each
 * @param seed                 the random seed
 */
public record HornerBudget(int annealingIterations, int treeSearchIterations, double[] explorationConstants, long seed) {

    /** Greedy orders only. */
    public static HornerBudget greedy() {
        return new HornerBudget(0, 0, new double[0], 1);
    }

    /** The default: about a second on a few thousand terms. */
    public static HornerBudget standard() {
        return new HornerBudget(1000, 1000, new double[] { 0.01, 1.0 }, 1);
    }
}
