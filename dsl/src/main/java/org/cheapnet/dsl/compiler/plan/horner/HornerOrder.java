package org.cheapnet.dsl.compiler.plan.horner;

/** A variable order (local variable ids, first split first), the splitting rule, and its cost M. */
record HornerOrder(int[] order, boolean commonFactorFirst, int cost) {

    boolean betterThan(HornerOrder other) {
        return other == null || cost < other.cost;
    }
}
