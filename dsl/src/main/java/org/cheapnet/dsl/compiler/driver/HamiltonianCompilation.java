package org.cheapnet.dsl.compiler.driver;

import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.choice.PlanChoice;
import org.cheapnet.dsl.compiler.symmetry.CellNetwork;

/**
 * One hamiltonian through the pipeline: its polynomial, the plan (one output), the verified
 * network (the plan chosen among the constructions that apply, see PlanChoice), and the flat network's size for comparison. A translation-symmetric hamiltonian is
 * also compiled per unit cell ({@code cells}, null otherwise): then {@code network} is the cell
 * network replicated on every cell, and generated code can loop over the cells.
 *
 * @param className the generated class's simple name, MODEL + NAME (e.g. Ising2DH)
 */
public record HamiltonianCompilation(String model, String name, String className, NetworkOptions options,
        LoweredHamiltonian lowered, PlanChoice choice, CompiledNetwork network, Verification verification, long flatNeurons,
        PhaseTimes times, CellNetwork cells) {

    /** M of the network built: the cell plan's on every cell, or the whole plan's. */
    public long multiplications() {
        return cells != null ? cells.multiplications() : plan().multiplications();
    }

    /** S of the network built. */
    public long squarings() {
        return cells != null ? cells.squarings() : plan().squarings();
    }

    /** The construction that won: the whole polynomial's, or "cell template + " the cell's. */
    public String construction() {
        return cells != null ? "cells(" + cells.cellConstruction() + ")" : choice.construction();
    }

    /** Whether the network's M is proved minimal (it meets the whole polynomial's lower bound). */
    public boolean provedMinimal() {
        return choice.provedMinimal(multiplications());
    }

    /** The chosen plan of the whole polynomial. */
    public Plan plan() {
        return choice.plan();
    }
}
