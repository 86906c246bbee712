package org.cheapnet.runtime.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpinProductGateTest {

    /** Brute force over all 2^k spin states, k = 1..6: DESIGN.md's formula is right, within its error bound. */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH"})
    void exactOnAllStatesWithinTheThresholdError(Activation s) {
        double beta = Threshold.betaForDigits(8);
        for (int k = 1; k <= 6; k++) {
            SpinProductGate gate = new SpinProductGate(s, k, beta);
            assertEquals(k, gate.neuronCount());
            double worst = 0;
            for (int state = 0; state < (1 << k); state++) {
                double[] spins = new double[k];
                double exact = 1;
                for (int i = 0; i < k; i++) {
                    spins[i] = (state >> i & 1) == 1 ? -1 : 1;
                    exact *= spins[i];
                }
                double error = Math.abs(gate.apply(spins) - exact);
                assertTrue(error <= gate.errorBound(), s + " k = " + k + " state " + state + ": " + error);
                worst = Math.max(worst, error);
            }
            assertEquals(gate.worstError(), worst, 1e-6 * worst, "exact worst error, k = " + k);
            assertTrue(worst < 4e-8);
        }
    }

    /** The bound is tight: 2 e_0 for one spin, 4 e_0 up to O(e^(-3b/2)) for more. */
    @Test
    void errorBoundIsTight() {
        double beta = 20;
        double step = Threshold.worstStepError(beta);
        assertEquals(2 * step, new SpinProductGate(Activation.SIGMOID, 1, beta).worstError(), 1e-12 * step);
        for (int k = 2; k <= 6; k++) {
            SpinProductGate gate = new SpinProductGate(Activation.SIGMOID, k, beta);
            assertEquals(4 * step, gate.errorBound(), 1e-15);
            assertEquals(gate.errorBound(), gate.worstError(), 1e-3 * gate.errorBound());
        }
    }

    @Test
    void betaForErrorMeetsTheBound() {
        for (int k = 1; k <= 6; k++) {
            double beta = SpinProductGate.betaForError(k, 1e-9);
            assertEquals(1e-9, new SpinProductGate(Activation.TANH, k, beta).errorBound(), 1e-15);
        }
    }

    @Test
    void rejectsActivationsThatDoNotSaturate() {
        assertThrows(IllegalArgumentException.class, () -> new SpinProductGate(Activation.GELU, 2, 20));
    }
}
