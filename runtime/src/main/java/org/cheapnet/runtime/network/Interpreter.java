package org.cheapnet.runtime.network;

import java.util.Objects;

import org.cheapnet.runtime.Activation;
import org.ejml.data.DMatrixRMaj;

/**
 * Evaluates a {@link Network}. The interpreter holds only the immutable network, so one instance
 * may be used from many threads at once; all mutable state lives in a {@link Workspace}, which
 * the caller passes in (one per thread) or which a call allocates for itself.
 */
public final class Interpreter {

    private final Network network;

    public Interpreter(Network network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    public Network network() {
        return network;
    }

    /** A workspace sized for this network, for {@link #evaluate(double[], double[], Workspace)}. */
    public Workspace newWorkspace() {
        return new Workspace(network.valueCount());
    }

    /** The outputs for input x, in a new array (allocates a workspace). */
    public double[] evaluate(double[] x) {
        double[] out = new double[network.outputCount()];
        evaluate(x, out, newWorkspace());
        return out;
    }

    /**
     * out[o] = v[output o] where v[i] = x[i] for the inputs and, node by node,
     * v = s(b + sum w v[src]) (neurons) or b + sum w v[src] (linear nodes).
     * x and out may be the same array (all inputs are read before any output is written).
     */
    public void evaluate(double[] x, double[] out, Workspace workspace) {
        checkLength(x.length, network.inputCount(), "input");
        checkLength(out.length, network.outputCount(), "output");
        if (workspace.size() != network.valueCount()) {
            throw new IllegalArgumentException("workspace is for another network");
        }
        double[] v = workspace.values;
        System.arraycopy(x, 0, v, 0, network.inputCount());
        run(v);
        int[] outputs = network.outputArray();
        for (int o = 0; o < outputs.length; o++) {
            out[o] = v[outputs[o]];
        }
    }

    /**
     * A batch: row r of out is the network's outputs for row r of xs. out is reshaped to
     * xs.numRows x outputCount; it must not be xs.
     */
    public void evaluate(DMatrixRMaj xs, DMatrixRMaj out) {
        if (xs == out) {
            throw new IllegalArgumentException("xs and out must be different matrices");
        }
        checkLength(xs.numCols, network.inputCount(), "input");
        out.reshape(xs.numRows, network.outputCount());
        double[] v = newWorkspace().values;
        int inputs = network.inputCount();
        int[] outputs = network.outputArray();
        for (int r = 0; r < xs.numRows; r++) {
            System.arraycopy(xs.data, r * xs.numCols, v, 0, inputs);
            run(v);
            for (int o = 0; o < outputs.length; o++) {
                out.data[r * outputs.length + o] = v[outputs[o]];
            }
        }
    }

    /** Fills v[inputCount..] node by node from the inputs already in v[0..inputCount). */
    private void run(double[] v) {
        Activation[] activation = network.activationArray();
        int[] start = network.startArray();
        int[] source = network.sourceArray();
        double[] weight = network.weightArray();
        double[] bias = network.biasArray();
        int base = network.inputCount();
        for (int k = 0; k < activation.length; k++) {
            // z = b + sum_e w[e] v[src[e]]
            double z = bias[k];
            for (int e = start[k]; e < start[k + 1]; e++) {
                z += weight[e] * v[source[e]];
            }
            v[base + k] = activation[k] == null ? z : activation[k].value(z);
        }
    }

    private static void checkLength(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " length " + actual + ", network has " + expected);
        }
    }
}
