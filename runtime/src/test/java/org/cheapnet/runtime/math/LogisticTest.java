package org.cheapnet.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogisticTest {

    @Test
    void valueMatchesTheDefinitionAndNeverOverflows() {
        for (double x = -30; x <= 30; x += 0.31) {
            assertEquals(1 / (1 + Math.exp(-x)), Logistic.value(x), 1e-16, "x = " + x);
        }
        assertEquals(1.0, Logistic.value(1000));
        assertEquals(0.0, Logistic.value(-1000));
    }

    /** The first three derivatives written out by hand in terms of p = sigma(x). */
    @Test
    void lowDerivativesInClosedForm() {
        for (double x = -10; x <= 10; x += 0.37) {
            double p = 1 / (1 + Math.exp(-x));
            assertEquals(p * (1 - p), Logistic.derivative(x, 1), 1e-15);
            assertEquals(p * (1 - p) * (1 - 2 * p), Logistic.derivative(x, 2), 1e-15);
            assertEquals(p * (1 - p) * (1 - 6 * p + 6 * p * p), Logistic.derivative(x, 3), 1e-15);
            assertEquals(p * (1 - p) * (1 - 2 * p) * (1 - 12 * p + 12 * p * p), Logistic.derivative(x, 4), 1e-15);
        }
    }

    /** In the tail every derivative is (+-1)^k e^x (1 + O(e^x)): full relative precision, no cancellation. */
    @Test
    void derivativesKeepRelativePrecisionInTheTail() {
        double x = -40;
        for (int k = 1; k <= 6; k++) {
            assertEquals(Math.exp(x), Logistic.derivative(x, k), 1e-13 * Math.exp(x), "k = " + k);
            assertEquals((k % 2 == 0 ? -1 : 1) * Math.exp(x), Logistic.derivative(-x, k), 1e-13 * Math.exp(x));
        }
    }

    @Test
    void rejectsOrdersOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Logistic.derivative(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Logistic.derivative(0, Logistic.MAX_ORDER + 1));
    }
}
