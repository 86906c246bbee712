package org.cheapnet.runtime.gate;

import org.cheapnet.runtime.Activation;

/** Argument checks shared by the smooth (lambda-scaled) gates. */
final class SmoothGates {

    private SmoothGates() {
    }

    static double checkLambda(double lambda) {
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be positive and finite, was " + lambda);
        }
        return lambda;
    }

    /** s^(n)(a), which the gate divides by: it must not vanish. */
    static double nonZeroDerivative(Activation activation, double a, int n) {
        double d = activation.derivative(a, n);
        if (!(Math.abs(d) > 1e-12)) {
            throw new IllegalArgumentException(activation + " has s^(" + n + ")(" + a + ") = " + d + ", too close to 0");
        }
        return d;
    }
}
