package org.cheapnet.dsl.compiler.network;

import java.util.Objects;

import org.cheapnet.runtime.Activation;

/**
 * What a hamiltonian's annotations ask of its network.
 *
 * @param activation the neurons' activation ({@code @activation}, sigmoid by default)
 * @param tolerance  the relative error allowed ({@code @tolerance}, 1e-6 by default), > 0
 * @param maxDepth   the most hidden layers allowed ({@code @depth}), Integer.MAX_VALUE without it
 */
public record NetworkOptions(Activation activation, double tolerance, int maxDepth) {

    public static final double DEFAULT_TOLERANCE = 1e-6;

    public NetworkOptions {
        Objects.requireNonNull(activation, "activation");
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive and finite, was " + tolerance);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, was " + maxDepth);
        }
    }

    /** The defaults: sigmoid, tolerance 1e-6, no depth limit. */
    public static NetworkOptions defaults() {
        return new NetworkOptions(Activation.SIGMOID, DEFAULT_TOLERANCE, Integer.MAX_VALUE);
    }
}
