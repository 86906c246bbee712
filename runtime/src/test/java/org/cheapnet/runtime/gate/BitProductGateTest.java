package org.cheapnet.runtime.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BitProductGateTest {

    /** All 2^k states for k = 1..6: within 1/(1 + e^(b/2)) of the exact product, and that bound is attained. */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH"})
    void exactOnAllStatesWithinTheThresholdError(Activation s) {
        double beta = Threshold.betaForDigits(8);
        for (int k = 1; k <= 6; k++) {
            BitProductGate gate = new BitProductGate(s, k, beta);
            assertEquals(1, gate.neuronCount());
            double worst = 0;
            for (int state = 0; state < (1 << k); state++) {
                double[] x = new double[k];
                double exact = 1;
                for (int i = 0; i < k; i++) {
                    x[i] = state >> i & 1;
                    exact *= x[i];
                }
                worst = Math.max(worst, Math.abs(gate.apply(x) - exact));
            }
            assertTrue(worst <= gate.worstError() * (1 + 1e-6), s + " k = " + k);
            assertEquals(gate.worstError(), worst, 1e-6 * gate.worstError(), "the bound is attained");
            assertTrue(worst < 1e-8);
        }
    }

    @Test
    void rejectsActivationsThatDoNotSaturate() {
        assertThrows(IllegalArgumentException.class, () -> new BitProductGate(Activation.SOFTPLUS, 2, 20));
        assertThrows(IllegalArgumentException.class, () -> new BitProductGate(Activation.SIGMOID, 0, 20));
    }
}
