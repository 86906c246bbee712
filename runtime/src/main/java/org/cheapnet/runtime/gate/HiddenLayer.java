package org.cheapnet.runtime.gate;

import java.util.List;
import java.util.Objects;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.NetworkBuilder;

/**
 * A gate as a network: one hidden layer of neurons on the gate's inputs and a linear read-out,
 * y(x) = outputBias + sum_n w_n s(b_n + sum_i W_ni x_i). Immutable.
 */
public final class HiddenLayer {

    private final Activation activation;
    private final List<GateNeuron> neurons;
    private final double outputBias;
    private final int arity;

    public HiddenLayer(Activation activation, List<GateNeuron> neurons, double outputBias) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.neurons = List.copyOf(neurons);
        this.outputBias = outputBias;
        if (this.neurons.isEmpty()) {
            throw new IllegalArgumentException("a gate needs at least one neuron");
        }
        this.arity = this.neurons.get(0).arity();
        for (GateNeuron n : this.neurons) {
            if (n.arity() != arity) {
                throw new IllegalArgumentException("neurons of different arity");
            }
        }
    }

    public Activation activation() {
        return activation;
    }

    public List<GateNeuron> neurons() {
        return neurons;
    }

    public double outputBias() {
        return outputBias;
    }

    public int arity() {
        return arity;
    }

    /** y(x) = outputBias + sum_n w_n s(b_n + sum_i W_ni x_i). */
    public double evaluate(double[] x) {
        if (x.length != arity) {
            throw new IllegalArgumentException(x.length + " inputs to a gate of arity " + arity);
        }
        double y = outputBias;
        for (GateNeuron n : neurons) {
            double z = n.bias();
            for (int i = 0; i < arity; i++) {
                z += n.inputWeight(i) * x[i];
            }
            y += n.outputWeight() * activation.value(z);
        }
        return y;
    }

    /**
     * Adds this gate's neurons on the given input values, and a linear node for its read-out, to
     * a network; returns the read-out's value index.
     */
    public int emit(NetworkBuilder builder, int[] inputs) {
        if (inputs.length != arity) {
            throw new IllegalArgumentException(inputs.length + " inputs to a gate of arity " + arity);
        }
        int[] hidden = new int[neurons.size()];
        double[] outputWeights = new double[neurons.size()];
        for (int n = 0; n < hidden.length; n++) {
            GateNeuron neuron = neurons.get(n);
            hidden[n] = builder.neuron(activation, inputs, neuron.inputWeights(), neuron.bias());
            outputWeights[n] = neuron.outputWeight();
        }
        return builder.linear(hidden, outputWeights, outputBias);
    }
}
