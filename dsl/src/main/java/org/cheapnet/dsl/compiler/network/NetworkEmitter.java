package org.cheapnet.dsl.compiler.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.BitProductGate;
import org.cheapnet.runtime.gate.FlatProductGate;
import org.cheapnet.runtime.gate.GateNeuron;
import org.cheapnet.runtime.gate.HiddenLayer;
import org.cheapnet.runtime.gate.ProductGate;
import org.cheapnet.runtime.gate.SpinProductGate;
import org.cheapnet.runtime.gate.SquareGate;
import org.cheapnet.runtime.network.Network;
import org.cheapnet.runtime.network.NetworkBuilder;

/**
 * Writes a gate program into a runtime network. Every program value is carried as a weighted
 * sum of network values; only neurons are created for gates, so linear forms cost no neuron:
 * a gate neuron's argument is z = b + sum_i W_i (operand_i / scale_i), with each operand's
 * weights folded in. An operand of several terms read by several neurons may instead become one
 * free linear node that the neurons read; per gate, whichever needs fewer non-zero weights is
 * taken (such nodes are shared between gates). A gate's output is
 * scale (outputBias + sum_n w_n s(z_n)), again folded into whatever reads it.
 */
final class NetworkEmitter {

    private final GateProgram program;
    private final ValueBounds bounds;
    private final Activation activation;
    private final GateParameters parameters;
    private final NetworkBuilder builder;
    /** value[v]: program value v as a weighted sum of network values. */
    private final LinearForm[] value;
    private final Map<LinearForm, Integer> operandNodes = new HashMap<>();
    private final Map<Long, HiddenLayer> layers = new HashMap<>();
    private final Map<GateKind, Integer> gates = NetworkCounts.emptyTally();
    private final Map<GateKind, Integer> neurons = NetworkCounts.emptyTally();

    private NetworkEmitter(GateProgram program, ValueBounds bounds, Activation activation, GateParameters parameters) {
        this.program = program;
        this.bounds = bounds;
        this.activation = activation;
        this.parameters = parameters;
        this.builder = new NetworkBuilder(program.inputCount());
        this.value = new LinearForm[program.valueCount()];
    }

    /** The network and its counts. */
    record Emitted(Network network, NetworkCounts counts) {
    }

    static Emitted emit(GateProgram program, ValueBounds bounds, Activation activation, GateParameters parameters) {
        return new NetworkEmitter(program, bounds, activation, parameters).run();
    }

    private Emitted run() {
        for (int i = 0; i < program.inputCount(); i++) {
            value[i] = LinearForm.of(i);
        }
        for (int g = 0; g < program.gates().size(); g++) {
            value[program.valueOf(g)] = gate(g);
        }
        for (LinearForm output : program.outputs()) {
            LinearForm sum = substitute(output, 1);
            if (sum.isValue()) {
                builder.output(sum.values()[0]);
            } else {
                builder.linearOutput(sum.values(), sum.weights(), sum.constant());
            }
        }
        Network network = builder.build();
        return new Emitted(network, new NetworkCounts(gates, neurons, network.neuronCount(), network.depth(),
                network.nonZeroWeights()));
    }

    /** Emits gate g's neurons; returns its output as a weighted sum of them. */
    private LinearForm gate(int g) {
        GateNode node = program.gates().get(g);
        HiddenLayer layer = layer(node.kind(), node.arity());
        List<LinearForm> operands = node.operands();
        LinearForm[] folded = new LinearForm[operands.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = substitute(operands.get(i), 1 / bounds.operandScale(operands.get(i)));
        }
        LinearForm[] inputs = cheaperInputs(layer, folded);
        LinearForm.Builder output = new LinearForm.Builder().addConstant(layer.outputBias());
        for (GateNeuron neuron : layer.neurons()) {
            LinearForm z = argument(neuron, inputs);
            int hidden = builder.neuron(activation, z.values(), z.weights(), z.constant());
            output.addTerm(hidden, neuron.outputWeight());
        }
        gates.merge(node.kind(), 1, Integer::sum);
        neurons.merge(node.kind(), layer.neurons().size(), Integer::sum);
        return new LinearForm.Builder().add(output.build(), bounds.gateScale(g)).build();
    }

    /**
     * The operands folded into the neurons, or with every operand of two or more terms read
     * through a linear node, whichever gives fewer non-zero weights (folding on a tie).
     */
    private LinearForm[] cheaperInputs(HiddenLayer layer, LinearForm[] folded) {
        LinearForm[] throughNodes = folded.clone();
        int nodeWeights = 0;
        for (int i = 0; i < folded.length; i++) {
            if (folded[i].size() >= 2) {
                if (!operandNodes.containsKey(folded[i])) {
                    nodeWeights += folded[i].size();
                }
                throughNodes[i] = null; // a node not yet emitted: stands for one source
            }
        }
        if (nodeWeights + neuronWeights(layer, throughNodes) >= neuronWeights(layer, folded)) {
            return folded;
        }
        for (int i = 0; i < folded.length; i++) {
            if (throughNodes[i] == null) {
                LinearForm operand = folded[i];
                int node = operandNodes.computeIfAbsent(operand,
                        o -> builder.linear(o.values(), o.weights(), o.constant()));
                throughNodes[i] = LinearForm.of(node);
            }
        }
        return throughNodes;
    }

    /** Non-zero weights over the layer's neurons; a null input stands for a node not yet emitted (one distinct source). */
    private int neuronWeights(HiddenLayer layer, LinearForm[] inputs) {
        int count = 0;
        for (GateNeuron neuron : layer.neurons()) {
            LinearForm.Builder z = new LinearForm.Builder();
            int pendingNodes = 0;
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] == null) {
                    pendingNodes += neuron.inputWeight(i) != 0 ? 1 : 0;
                } else {
                    z.add(inputs[i], neuron.inputWeight(i));
                }
            }
            count += z.build().size() + pendingNodes;
        }
        return count;
    }

    /** z = b + sum_i W_i input_i. */
    private static LinearForm argument(GateNeuron neuron, LinearForm[] inputs) {
        LinearForm.Builder z = new LinearForm.Builder().addConstant(neuron.bias());
        for (int i = 0; i < inputs.length; i++) {
            z.add(inputs[i], neuron.inputWeight(i));
        }
        return z.build();
    }

    /** factor (c + sum_i w_i value[v_i]). */
    private LinearForm substitute(LinearForm form, double factor) {
        LinearForm.Builder sum = new LinearForm.Builder().addConstant(factor * form.constant());
        for (int i = 0; i < form.size(); i++) {
            sum.add(value[form.value(i)], factor * form.weight(i));
        }
        return sum.build();
    }

    /** The runtime gate of a kind and arity at the chosen lambda or beta, built once. */
    private HiddenLayer layer(GateKind kind, int arity) {
        return layers.computeIfAbsent((long) kind.ordinal() << 32 | arity, key -> switch (kind) {
            case PRODUCT -> new ProductGate(activation, parameters.lambda()).layer();
            case SQUARE -> new SquareGate(activation, parameters.lambda()).layer();
            case FLAT_PRODUCT -> new FlatProductGate(activation, arity, parameters.lambda()).layer();
            case BIT_PRODUCT -> new BitProductGate(activation, arity, parameters.beta()).layer();
            case SPIN_PRODUCT -> new SpinProductGate(activation, arity, parameters.beta()).layer();
        });
    }
}
