package org.cheapnet.runtime;

import org.ejml.data.DMatrixRMaj;

/**
 * A Hamiltonian compiled by CheapNet. Implementations are immutable after construction: every
 * evaluation method may be called from many threads at once and shares no mutable state
 * between calls (scratch arrays are local to the call or per-thread).
 *
 * <p>A sample is one {@code double[]} laid out as {@link ModelInfo#variables()} says.
 */
public interface CompiledHamiltonian {

    /** Layout, counts, lambda/beta, error bound, flat cost. */
    ModelInfo info();

    /** The exact polynomial H(x), evaluated via the plan. */
    double energy(double[] x);

    /** The neural network's approximation of H(x). */
    double network(double[] x);

    /**
     * A batch: out[r] = network(row r of xs), one sample per row. This default copies each row;
     * generated code overrides it with a batched evaluation.
     */
    default void network(DMatrixRMaj xs, double[] out) {
        if (out.length != xs.numRows) {
            throw new IllegalArgumentException("out length " + out.length + " != " + xs.numRows + " rows");
        }
        double[] row = new double[xs.numCols];
        for (int r = 0; r < xs.numRows; r++) {
            System.arraycopy(xs.data, r * xs.numCols, row, 0, xs.numCols);
            out[r] = network(row);
        }
    }
}
