package org.cheapnet.dsl.compiler.plan.horner;

/**
 * A Horner scheme: the variable order (local variable ids, first split first), the rule that picks each node's variable,
 * the order position from which nodes are summed term by term instead of split, and its cost M
 * (-1 until evaluated).
 */
record HornerOrder(int[] order, SplitRule rule, int flatFrom, int cost) {

    HornerOrder withCost(int m) {
        return new HornerOrder(order, rule, flatFrom, m);
    }

    boolean betterThan(HornerOrder other) {
        return other == null || cost < other.cost;
    }
}
