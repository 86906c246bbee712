package org.cheapnet.runtime.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdTest {

    @Test
    void betaForDigitsGivesThatManyDigits() {
        for (int digits = 1; digits <= 15; digits++) {
            double beta = Threshold.betaForDigits(digits);
            assertEquals(2 * digits * Math.log(10), beta, 1e-12);
            double error = Threshold.worstStepError(beta);
            // 1/(1 + e^(b/2)) = 1/(1 + 10^D), just under 10^-D
            assertTrue(error <= Math.pow(10, -digits) * (1 + 1e-13), "D = " + digits);
            double tenToMinusD = Math.pow(10, -digits);
            assertEquals(tenToMinusD, error, tenToMinusD * (1.1 * tenToMinusD + 1e-12));
        }
    }

    /** The worst error of one step at |y| >= 1/2 is sigma(-b/2), from the logistic's definition. */
    @Test
    void worstStepErrorIsTheLogisticAtMinusHalfBeta() {
        for (double beta = 0.5; beta < 80; beta *= 1.7) {
            assertEquals(1 / (1 + Math.exp(beta / 2)), Threshold.worstStepError(beta), 1e-16);
            assertEquals(beta, Threshold.betaForStepError(Threshold.worstStepError(beta)), 1e-9 * beta);
        }
    }

    @Test
    void rejectsImpossibleErrors() {
        assertThrows(IllegalArgumentException.class, () -> Threshold.betaForStepError(0));
        assertThrows(IllegalArgumentException.class, () -> Threshold.betaForStepError(0.5));
    }
}
