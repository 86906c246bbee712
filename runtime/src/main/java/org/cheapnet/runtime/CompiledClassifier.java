package org.cheapnet.runtime;

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
