package org.cheapnet.dsl.compiler.network;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a network costs.
 *
 * @param gates          gates of each kind (kinds not used are absent)
 * @param neuronsByGate  hidden neurons in the gates of each kind
 * @param neurons        all hidden neurons
 * @param depth          hidden layers (the longest chain of gates)
 * @param nonZeroWeights non-zero connection weights, neurons and free linear nodes alike
 */
public record NetworkCounts(Map<GateKind, Integer> gates, Map<GateKind, Integer> neuronsByGate, int neurons,
                            int depth, int nonZeroWeights) {

    public NetworkCounts {
        gates = Map.copyOf(gates);
        neuronsByGate = Map.copyOf(neuronsByGate);
    }

    /** Gates of one kind, 0 if none. */
    public int gates(GateKind kind) {
        return gates.getOrDefault(kind, 0);
    }

    /** Neurons in the gates of one kind, 0 if none. */
    public int neurons(GateKind kind) {
        return neuronsByGate.getOrDefault(kind, 0);
    }

    static Map<GateKind, Integer> emptyTally() {
        return new EnumMap<>(GateKind.class);
    }
}
