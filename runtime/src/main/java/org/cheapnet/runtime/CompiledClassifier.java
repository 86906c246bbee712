package org.cheapnet.runtime;

import org.ejml.data.DMatrixRMaj;

/**
 * A classifier compiled by CheapNet: p(y | x) proportional to e^(-H_y(x) - mu_y). Implementations
 * are immutable after construction; every method may be called from many threads at once and
 * shares no mutable state between calls.
 */
public interface CompiledClassifier {

    /** Layout and costs; {@link ModelInfo#classes()} names the classes in logit order. */
    ModelInfo info();

    /** The logits -H_y(x) - mu_y, one per class, in a new array. */
    double[] logits(double[] x);

    /**
     * A batch: row r of out = logits(row r of xs); out is xs.numRows x the number of classes.
     * Generated classes evaluate a block of rows at once; this default goes row by row.
     */
    default void logits(DMatrixRMaj xs, DMatrixRMaj out) {
        int classes = info().classes().size();
        if (out.numRows != xs.numRows || out.numCols != classes) {
            throw new IllegalArgumentException("expected out of " + xs.numRows + " x " + classes);
        }
        double[] x = new double[xs.numCols];
        for (int r = 0; r < xs.numRows; r++) {
            System.arraycopy(xs.data, r * xs.numCols, x, 0, xs.numCols);
            System.arraycopy(logits(x), 0, out.data, r * classes, classes);
        }
    }

    /** The softmax of the logits, computed stably ({@link Softmax}). */
    default double[] probabilities(double[] x) {
        double[] logits = logits(x);
        Softmax.softmax(logits, logits);
        return logits;
    }

    /** The most probable class: the index of the largest logit. */
    default int classify(double[] x) {
        return Softmax.argMax(logits(x));
    }
}
