package org.cheapnet.dsl.compiler.plan.choice;

import org.cheapnet.dsl.compiler.analysis.Locality;

/**
 * What a hamiltonian's annotations allow a plan to do: {@code @local(r)} forbids a product whose
 * operands together read inputs farther apart than r (no mixing of distant inputs), and
 * {@code @depth(k)} prefers plans of at most k product layers.
 *
 * @param localRadius the declared radius, {@link Locality#UNBOUNDED} without {@code @local}
 * @param maxDepth    the declared depth, {@link Integer#MAX_VALUE} without {@code @depth}
 */
public record PlanLimits(int localRadius, int maxDepth) {

    public static final PlanLimits NONE = new PlanLimits(Locality.UNBOUNDED, Integer.MAX_VALUE);
}
