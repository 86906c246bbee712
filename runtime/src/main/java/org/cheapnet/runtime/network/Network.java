package org.cheapnet.runtime.network;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.cheapnet.runtime.Activation;

/**
 * An immutable feed-forward network of values. Values 0..n-1 are the inputs; each node adds one
 * value, which is either a hidden neuron s(b + sum_i w_i v[src_i]) or a free linear combination
 * b + sum_i w_i v[src_i] (linear steps fold into the next layer's weights, so they cost nothing).
 * Every source is an earlier value. The outputs are value indices.
 *
 * <p>Depth: an input has depth 0, a neuron 1 + the largest depth of its sources, a linear node
 * the largest depth of its sources (0 without sources). {@link #depth()} is the number of hidden
 * layers, the largest depth of any value.
 *
 * <p>Storage is compressed sparse rows: node k reads {@code source[start[k] .. start[k+1])}.
 * Instances are built by {@link NetworkBuilder} and are safe to share between threads.
 */
public final class Network {

    private final int inputCount;
    /** The activation of each node, null for a linear node. */
    private final Activation[] activation;
    private final int[] start;
    private final int[] source;
    private final double[] weight;
    private final double[] bias;
    private final int[] outputs;
    private final int[] depthOf;

    Network(int inputCount, Activation[] activation, int[] start, int[] source, double[] weight,
            double[] bias, int[] outputs) {
        this.inputCount = inputCount;
        this.activation = activation;
        this.start = start;
        this.source = source;
        this.weight = weight;
        this.bias = bias;
        this.outputs = outputs;
        this.depthOf = depths();
    }

    private int[] depths() {
        int[] depth = new int[valueCount()];
        for (int node = 0; node < nodeCount(); node++) {
            int max = 0;
            for (int e = start[node]; e < start[node + 1]; e++) {
                max = Math.max(max, depth[source[e]]);
            }
            depth[inputCount + node] = activation[node] == null ? max : max + 1;
        }
        return depth;
    }

    public int inputCount() {
        return inputCount;
    }

    /** Hidden neurons plus linear nodes. */
    public int nodeCount() {
        return activation.length;
    }

    /** Inputs plus nodes: the size of a workspace. */
    public int valueCount() {
        return inputCount + activation.length;
    }

    public int outputCount() {
        return outputs.length;
    }

    /** The value index of output i. */
    public int output(int i) {
        return outputs[i];
    }

    public int[] outputs() {
        return outputs.clone();
    }

    /** The value index of node k: inputCount + k. */
    public int valueOfNode(int node) {
        return inputCount + node;
    }

    public boolean isNeuron(int node) {
        return activation[node] != null;
    }

    /** The node's activation, or null for a linear node. */
    public Activation activation(int node) {
        return activation[node];
    }

    public int[] sources(int node) {
        return Arrays.copyOfRange(source, start[node], start[node + 1]);
    }

    public double[] weights(int node) {
        return Arrays.copyOfRange(weight, start[node], start[node + 1]);
    }

    public double bias(int node) {
        return bias[node];
    }

    /** The depth of value v (see the class comment). */
    public int depthOf(int value) {
        return depthOf[value];
    }

    /** The number of hidden layers: the largest depth of any value. */
    public int depth() {
        int max = 0;
        for (int d : depthOf) {
            max = Math.max(max, d);
        }
        return max;
    }

    /** The number of hidden neurons (linear nodes are free and not counted). */
    public int neuronCount() {
        int count = 0;
        for (Activation a : activation) {
            if (a != null) {
                count++;
            }
        }
        return count;
    }

    /** Hidden neurons per activation; activations not used are absent. */
    public Map<Activation, Integer> neuronCountByActivation() {
        Map<Activation, Integer> counts = new EnumMap<>(Activation.class);
        for (Activation a : activation) {
            if (a != null) {
                counts.merge(a, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Non-zero connection weights over all nodes, neurons and linear nodes alike (biases not counted). */
    public int nonZeroWeights() {
        int count = 0;
        for (double w : weight) {
            if (w != 0) {
                count++;
            }
        }
        return count;
    }

    // Raw arrays for the interpreter (same package, never modified).

    Activation[] activationArray() {
        return activation;
    }

    int[] startArray() {
        return start;
    }

    int[] sourceArray() {
        return source;
    }

    double[] weightArray() {
        return weight;
    }

    double[] biasArray() {
        return bias;
    }

    int[] outputArray() {
        return outputs;
    }
}
