package org.cheapnet.runtime.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlatProductGateTest {

    private static double product(double[] x) {
        double p = 1;
        for (double xi : x) {
            p *= xi;
        }
        return p;
    }

    private static double[] randomPoint(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * random.nextDouble() - 1;
        }
        return x;
    }

    /** n = 2, 3, 4 against the exact product: within 1.3 times the leading term, and O(lambda^2). */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void flatProductsOfTwoThreeAndFourFactors(Activation s) {
        for (int n = 2; n <= 4; n++) {
            double[] worst = new double[2];
            double[] lambdas = {0.1, 0.05};
            for (int t = 0; t < 2; t++) {
                FlatProductGate gate = new FlatProductGate(s, n, lambdas[t]);
                assertEquals(1 << n, gate.neuronCount());
                Random random = new Random(6);
                for (int i = 0; i < 1000; i++) {
                    double[] x = randomPoint(random, n);
                    double exact = product(x);
                    double error = Math.abs(gate.apply(x) - exact);
                    double leading = Math.abs(gate.leadingRelativeError(x) * exact);
                    assertTrue(error <= 1.3 * leading + 1e-9, s + " n = " + n + ": " + error + " > " + leading);
                    worst[t] = Math.max(worst[t], error);
                }
                assertTrue(worst[t] <= 1.3 * gate.relativeErrorBound(1));
            }
            assertEquals(4, worst[0] / worst[1], 0.25, s + " n = " + n);
        }
    }

    /** For n = 2 the flat product is the product gate (the same bias, the same neurons up to order). */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void twoFactorsAgreeWithTheProductGate(Activation s) {
        FlatProductGate flat = new FlatProductGate(s, 2, 0.1);
        ProductGate product = new ProductGate(s, 0.1);
        assertEquals(product.errorCoefficient(), flat.errorCoefficient(), 1e-9);
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            assertEquals(product.apply(u, v), flat.apply(u, v), 1e-10);
        }
    }

    @Test
    void rejectsTooFewOrTooManyFactors() {
        assertThrows(IllegalArgumentException.class, () -> new FlatProductGate(Activation.SIGMOID, 1, 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new FlatProductGate(Activation.SIGMOID, FlatProductGate.MAX_FACTORS + 1, 0.1));
    }
}
