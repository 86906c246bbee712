package org.cheapnet.dsl.compiler.symmetry;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.GateKind;
import org.cheapnet.dsl.compiler.network.NetworkCounts;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.choice.PlanChoice;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.network.Network;

/**
 * A translation-invariant hamiltonian compiled once per unit cell: the cell's polynomial over
 * local inputs (one per distinct (variable, offset) of the template), its plan (chosen among the
 * constructions) and network, and
 * the full network that replicates the cell network on every cell with shared weights and adds
 * the template's constant (the network that is verified, and that emitted loops compute).
 *
 * @param localInputs local input k reads the variable at (cell + offset): see {@link #input}
 */
public record CellNetwork(TranslationTemplate template, List<TemplateFactor> localInputs, VariableSpace cellSpace,
        PlanChoice cellChoice, CompiledNetwork cellNetwork, Network full) {

    public CellNetwork {
        localInputs = List.copyOf(localInputs);
    }

    /**
     * The whole lattice's network as a compilation: the replicated network, the cell's lambda,
     * beta and error bound (the relative bound of one cell is the lattice's), counts times the cells.
     */
    public CompiledNetwork wholeLattice() {
        NetworkCounts cell = cellNetwork.counts();
        int cells = template.cellCount();
        Map<GateKind, Integer> gates = new EnumMap<>(GateKind.class);
        Map<GateKind, Integer> neurons = new EnumMap<>(GateKind.class);
        cell.gates().forEach((kind, n) -> gates.put(kind, n * cells));
        cell.neuronsByGate().forEach((kind, n) -> neurons.put(kind, n * cells));
        NetworkCounts counts = new NetworkCounts(gates, neurons, full.neuronCount(), full.depth(), full.nonZeroWeights());
        return new CompiledNetwork(full, cellNetwork.flat(), cellNetwork.parameters(), cellNetwork.predictedError(), counts);
    }

    /** The plan of one cell. */
    public Plan cellPlan() {
        return cellChoice.plan();
    }

    /** The construction that planned one cell. */
    public String cellConstruction() {
        return cellChoice.construction();
    }

    /** M of the replicated network: the cell plan's multiplications on every cell. */
    public long multiplications() {
        return (long) cellPlan().multiplications() * template.cellCount();
    }

    /** S of the replicated network. */
    public long squarings() {
        return (long) cellPlan().squarings() * template.cellCount();
    }

    /** The polynomial one cell computes, over {@link #cellSpace()}: the whole lattice's, less its constant, per cell. */
    public Polynomial cellPolynomial() {
        Map<TemplateFactor, Integer> locals = new HashMap<>();
        for (int k = 0; k < localInputs.size(); k++) {
            locals.put(localInputs.get(k), k);
        }
        return CellCompiler.cellPolynomial(template, locals);
    }

    /** The global input (offset in the input vector) that local input k reads in a cell. */
    public int input(int k, int cell, VariableSpace space) {
        return input(template, localInputs.get(k), cell, space);
    }

    /** The global input that a factor of the template reads in a cell. */
    static int input(TranslationTemplate template, TemplateFactor factor, int cell, VariableSpace space) {
        int[] coordinates = template.lattice().coordinates(cell);
        for (int axis = 0; axis < coordinates.length; axis++) {
            coordinates[axis] += factor.offset(axis);
        }
        return space.inputAtom(factor.variable(), template.lattice().siteOrOutside(coordinates));
    }
}
