package org.cheapnet.dsl.compiler.plan.choice;

import java.util.List;

/** The constructions the compiler tries besides the greedy planner, in order of preference on ties. */
public final class Constructions {

    private Constructions() {
    }

    public static List<Construction> all() {
        return List.of();
    }

    public static PlanSelector selector() {
        return new PlanSelector(all());
    }
}
