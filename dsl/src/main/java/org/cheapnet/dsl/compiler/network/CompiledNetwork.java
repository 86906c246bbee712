package org.cheapnet.dsl.compiler.network;

import java.util.Objects;

import org.cheapnet.runtime.network.Network;

/**
 * A plan built into a network.
 *
 * @param network        the runtime network, one output per plan output
 * @param flat           true if this is the one-hidden-layer construction of {@code @depth(1)}
 * @param parameters     the chosen lambda (smooth gates) and beta (threshold gates), 0 when unused
 * @param predictedError the first-order bound on the relative error (LANGUAGE.md), largest over
 *                       the outputs, rounding included; verification measures the real one
 * @param counts         neurons by gate kind, depth, non-zero weights
 */
public record CompiledNetwork(Network network, boolean flat, GateParameters parameters, double predictedError,
                              NetworkCounts counts) {

    public CompiledNetwork {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(counts, "counts");
    }

    public double lambda() {
        return parameters.lambda();
    }

    public double beta() {
        return parameters.beta();
    }

    /** Whether the predicted bound is within the tolerance (if not, no lambda could meet it in double precision). */
    public boolean predictedWithin(double tolerance) {
        return predictedError <= tolerance;
    }
}
