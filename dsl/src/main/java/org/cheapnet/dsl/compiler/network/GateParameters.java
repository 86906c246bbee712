package org.cheapnet.dsl.compiler.network;

/**
 * The two knobs of a network's accuracy.
 *
 * @param lambda the smooth gates' input scale (product, square, flat product), 0 if there are none
 * @param beta   the threshold gates' steepness (bit and spin products), 0 if there are none
 */
public record GateParameters(double lambda, double beta) {

    public GateParameters {
        if (!(lambda >= 0) || !Double.isFinite(lambda) || !(beta >= 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("lambda and beta must be finite and >= 0, were " + lambda + ", " + beta);
        }
    }
}
