package org.cheapnet.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaximizerTest {

    @Test
    void findsAnInteriorMaximumOfTheMagnitudeToFullPrecision() {
        // |f| = |x e^-x^2| is largest at x = +-1/sqrt 2; the tie goes to the positive one
        double x = Maximizer.argMaxAbs(t -> t * Math.exp(-t * t), t -> (1 - 2 * t * t) * Math.exp(-t * t), -5, 5, 1000);
        assertEquals(1 / Math.sqrt(2), x, 1e-15);
    }

    @Test
    void findsANegativeMinimumWhenItIsTheLargestMagnitude() {
        // f = -1 / (1 + (x - 0.3)^2) is negative; |f| is largest at x = 0.3
        double x = Maximizer.argMaxAbs(t -> -1 / (1 + (t - 0.3) * (t - 0.3)),
                t -> 2 * (t - 0.3) / Math.pow(1 + (t - 0.3) * (t - 0.3), 2), -4, 4, 999);
        assertEquals(0.3, x, 1e-15);
    }

    @Test
    void returnsTheEndpointForAMonotoneFunction() {
        assertEquals(2.0, Maximizer.argMaxAbs(t -> t, t -> 1, -1, 2, 30));
    }
}
