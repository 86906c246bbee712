package org.cheapnet.runtime.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cheapnet.runtime.Activation;

/**
 * Builds a {@link Network} node by node, validating as it goes: sources must be earlier values,
 * weights one per source, all numbers finite. Each add returns the new value's index.
 * Not thread-safe; the built network is immutable.
 */
public final class NetworkBuilder {

    private final int inputCount;
    private final List<Activation> activations = new ArrayList<>();
    private final List<int[]> sources = new ArrayList<>();
    private final List<double[]> weights = new ArrayList<>();
    private final List<Double> biases = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();

    public NetworkBuilder(int inputCount) {
        if (inputCount < 0) {
            throw new IllegalArgumentException("negative input count " + inputCount);
        }
        this.inputCount = inputCount;
    }

    /** The number of values so far (inputs plus nodes); the next node gets this index. */
    public int valueCount() {
        return inputCount + activations.size();
    }

    /** Adds the hidden neuron s(bias + sum_i weights[i] v[sources[i]]) and returns its value index. */
    public int neuron(Activation activation, int[] sources, double[] weights, double bias) {
        Objects.requireNonNull(activation, "activation");
        return add(activation, sources, weights, bias);
    }

    /** Adds the free linear combination bias + sum_i weights[i] v[sources[i]] and returns its value index. */
    public int linear(int[] sources, double[] weights, double bias) {
        return add(null, sources, weights, bias);
    }

    /** Marks value v as the next output. */
    public NetworkBuilder output(int value) {
        checkValue(value);
        outputs.add(value);
        return this;
    }

    /** Adds a linear node bias + sum_i weights[i] v[sources[i]], marks it as the next output, and returns its index. */
    public int linearOutput(int[] sources, double[] weights, double bias) {
        int value = linear(sources, weights, bias);
        outputs.add(value);
        return value;
    }

    private int add(Activation activation, int[] sources, double[] weights, double bias) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(weights, "weights");
        if (sources.length != weights.length) {
            throw new IllegalArgumentException(sources.length + " sources but " + weights.length + " weights");
        }
        for (int s : sources) {
            checkValue(s);
        }
        for (double w : weights) {
            checkFinite(w, "weight");
        }
        checkFinite(bias, "bias");
        activations.add(activation);
        this.sources.add(sources.clone());
        this.weights.add(weights.clone());
        biases.add(bias);
        return valueCount() - 1;
    }

    private void checkValue(int value) {
        if (value < 0 || value >= valueCount()) {
            throw new IllegalArgumentException("value " + value + " is not an earlier value (0.." + (valueCount() - 1) + ")");
        }
    }

    private static void checkFinite(double x, String what) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " " + x + " is not finite");
        }
    }

    /** The network built so far; it needs at least one output. The builder may be used further. */
    public Network build() {
        if (outputs.isEmpty()) {
            throw new IllegalStateException("a network needs at least one output");
        }
        int nodes = activations.size();
        int[] start = new int[nodes + 1];
        for (int k = 0; k < nodes; k++) {
            start[k + 1] = start[k] + sources.get(k).length;
        }
        int[] source = new int[start[nodes]];
        double[] weight = new double[start[nodes]];
        double[] bias = new double[nodes];
        for (int k = 0; k < nodes; k++) {
            System.arraycopy(sources.get(k), 0, source, start[k], sources.get(k).length);
            System.arraycopy(weights.get(k), 0, weight, start[k], weights.get(k).length);
            bias[k] = biases.get(k);
        }
        int[] out = outputs.stream().mapToInt(Integer::intValue).toArray();
        Activation[] activation = activations.toArray(new Activation[0]);
        return new Network(inputCount, activation, start, source, weight, bias, out);
    }
}
