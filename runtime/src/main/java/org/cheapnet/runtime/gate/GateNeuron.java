package org.cheapnet.runtime.gate;

import java.util.Arrays;

/** One neuron of a gate: it contributes outputWeight * s(bias + sum_i inputWeights[i] x_i) to the gate's output. */
public final class GateNeuron {

    private final double[] inputWeights;
    private final double bias;
    private final double outputWeight;

    public GateNeuron(double[] inputWeights, double bias, double outputWeight) {
        this.inputWeights = inputWeights.clone();
        this.bias = bias;
        this.outputWeight = outputWeight;
    }

    public double[] inputWeights() {
        return inputWeights.clone();
    }

    public double inputWeight(int i) {
        return inputWeights[i];
    }

    public int arity() {
        return inputWeights.length;
    }

    public double bias() {
        return bias;
    }

    public double outputWeight() {
        return outputWeight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GateNeuron && Arrays.equals(inputWeights, ((GateNeuron) o).inputWeights)
                && bias == ((GateNeuron) o).bias && outputWeight == ((GateNeuron) o).outputWeight;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(inputWeights) + Double.hashCode(bias)) + Double.hashCode(outputWeight);
    }

    @Override
    public String toString() {
        return outputWeight + " * s(" + bias + " + " + Arrays.toString(inputWeights) + " . x)";
    }
}
