/**
 * The gate library: small one-hidden-layer networks that multiply. The smooth gates
 * ({@link org.cheapnet.runtime.gate.ProductGate}, {@link org.cheapnet.runtime.gate.SquareGate},
 * {@link org.cheapnet.runtime.gate.FlatProductGate}) take differences of an activation at
 * nearby points and divide by its Taylor coefficient; their error is O(lambda^2) and stated in
 * closed form. The threshold gates ({@link org.cheapnet.runtime.gate.BitProductGate},
 * {@link org.cheapnet.runtime.gate.SpinProductGate}) use steep, saturating neurons on bits
 * and spins; their error is O(e^(-beta/2)). Every gate exposes its neurons (input weights,
 * bias, output weight) through a {@link org.cheapnet.runtime.gate.HiddenLayer}, which can emit
 * them into a network.
 */
package org.cheapnet.runtime.gate;
