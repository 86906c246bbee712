package org.cheapnet.dsl.compiler.network;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.LinearForm;

/**
 * A plan made concrete in gates: values 0..inputCount-1 are the inputs, value inputCount + g is
 * gate g's output, and the outputs are linear forms of values (free in a network). It is what
 * both constructions (from a plan, and the flat one of {@code @depth(1)}) produce, and what the
 * error analysis and the emitter read. Immutable.
 */
public record GateProgram(int inputCount, List<GateNode> gates, List<LinearForm> outputs) {

    public GateProgram {
        gates = List.copyOf(gates);
        outputs = List.copyOf(outputs);
        for (int g = 0; g < gates.size(); g++) {
            if (gates.get(g).lastOperand() >= inputCount + g) {
                throw new IllegalArgumentException("gate " + g + " reads a value not yet computed");
            }
        }
        for (LinearForm output : outputs) {
            if (output.lastValue() >= inputCount + gates.size()) {
                throw new IllegalArgumentException("an output reads a value that is never computed");
            }
        }
    }

    public int valueCount() {
        return inputCount + gates.size();
    }

    /** The value id of gate g. */
    public int valueOf(int gate) {
        return inputCount + gate;
    }

    /** Hidden layers under each value: 0 for an input, 1 + the deepest operand for a gate. */
    public int[] depths() {
        int[] depth = new int[valueCount()];
        for (int g = 0; g < gates.size(); g++) {
            int deepest = 0;
            for (LinearForm operand : gates.get(g).operands()) {
                deepest = Math.max(deepest, depthOf(operand, depth));
            }
            depth[valueOf(g)] = deepest + 1;
        }
        return depth;
    }

    /** The longest chain of gates from an input to an output: the network's hidden layers. */
    public int depth() {
        int[] depth = depths();
        int deepest = 0;
        for (LinearForm output : outputs) {
            deepest = Math.max(deepest, depthOf(output, depth));
        }
        return deepest;
    }

    private static int depthOf(LinearForm form, int[] depth) {
        int deepest = 0;
        for (int i = 0; i < form.size(); i++) {
            deepest = Math.max(deepest, depth[form.value(i)]);
        }
        return deepest;
    }

    /** Neurons over all gates. */
    public long neuronCount() {
        long neurons = 0;
        for (GateNode gate : gates) {
            neurons = saturatedAdd(neurons, gate.kind().neurons(gate.arity()));
        }
        return neurons;
    }

    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
