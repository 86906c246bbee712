package org.cheapnet.runtime.network;

/**
 * Scratch space for one evaluation at a time: one double per value of a network. Create one per
 * thread with {@link Interpreter#newWorkspace()} and reuse it; never share one between threads.
 */
public final class Workspace {

    final double[] values;

    Workspace(int valueCount) {
        this.values = new double[valueCount];
    }

    int size() {
        return values.length;
    }
}
