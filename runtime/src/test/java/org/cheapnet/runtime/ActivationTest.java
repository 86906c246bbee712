package org.cheapnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {

    private static final double SQRT3 = Math.sqrt(3);

    /**
     * s^(k) against central differences of s^(k-1), for k = 1..8 at many points, with one
     * Richardson step (4 D(h/2) - D(h)) / 3 so the truncation error is O(h^4).
     */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativesMatchCentralDifferencesOfLowerDerivatives(Activation s) {
        double h = 2e-3;
        for (int k = 1; k <= 8; k++) {
            for (double x = -6; x <= 6; x += 0.173) {
                double coarse = centralDifference(s, k - 1, x, h);
                double fine = centralDifference(s, k - 1, x, h / 2);
                double difference = (4 * fine - coarse) / 3;
                double exact = s.derivative(x, k);
                assertEquals(exact, difference, 1e-7 * (1 + Math.abs(exact)), s + " k = " + k + " x = " + x);
            }
        }
    }

    private static double centralDifference(Activation s, int k, double x, double h) {
        return (s.derivative(x + h, k) - s.derivative(x - h, k)) / (2 * h);
    }

    /** s' and s'' against differences of the value itself. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void lowDerivativesMatchDifferencesOfTheValue(Activation s) {
        double h = 1e-3;
        for (double x = -8; x <= 8; x += 0.211) {
            double first = (s.value(x + h) - s.value(x - h)) / (2 * h);
            double second = (s.value(x + h) - 2 * s.value(x) + s.value(x - h)) / (h * h);
            assertEquals(s.derivative(x, 1), first, 1e-6 * (1 + Math.abs(first)), s + " x = " + x);
            assertEquals(s.derivative(x, 2), second, 1e-5 * (1 + Math.abs(second)), s + " x = " + x);
            assertEquals(s.value(x), s.derivative(x, 0));
        }
    }

    @Test
    void valuesMatchTheirDefinitions() {
        for (double x = -20; x <= 20; x += 0.29) {
            double logistic = 1 / (1 + Math.exp(-x));
            assertEquals(logistic, Activation.SIGMOID.value(x), 1e-16);
            assertEquals((Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)), Activation.TANH.value(x), 1e-15);
            assertEquals(Math.log(1 + Math.exp(x)), Activation.SOFTPLUS.value(x), 1e-14 * (1 + Math.abs(x)));
            assertEquals(x * logistic, Activation.SILU.value(x), 1e-15 * (1 + Math.abs(x)));
            assertEquals(Math.exp(x), Activation.EXP.value(x), 1e-15 * Math.exp(x));
        }
        assertEquals(1000, Activation.SOFTPLUS.value(1000));
        assertEquals(0, Activation.SIGMOID.value(-1000));
    }

    /** GELU x Phi(x) against mpmath at 30 digits. */
    @ParameterizedTest
    @CsvSource({
        "-6, -5.9195258702261888442e-9",
        "-2.5, -0.015524163314440337917",
        "-1, -0.15865525393145705141",
        "-0.25, -0.10032341857926906894",
        "0.7, 0.53062544344384888968",
        "3, 2.9959503059051097164",
    })
    void geluMatchesHighPrecisionReference(double x, double expected) {
        assertEquals(expected, Activation.GELU.value(x), 1e-14 * Math.abs(expected));
    }

    @Test
    void sigmoidBiasIsLn2PlusSqrt3() {
        assertEquals(Math.log(2 + SQRT3), Activation.SIGMOID.productBias(), 0);
        assertEquals(0.5 * Math.log(2 + SQRT3), Activation.TANH.productBias(), 0);
    }

    /** s''(a), s'''(a) = 0 and s''''(a) / s''(a) at the product bias, derived by hand (see Activation's table). */
    @ParameterizedTest
    @CsvSource({
        "SIGMOID, -0.09622504486493763, -1",
        "TANH, -0.769800358919501, -4",
        "SOFTPLUS, 0.25, -0.5",
        "SILU, 0.5, -1",
        "GELU, 0.7978845608028654, -2",
        "EXP, 1, 1",
    })
    void curvatureAtTheProductBias(Activation s, double secondDerivative, double fourthOverSecond) {
        double a = s.productBias();
        assertEquals(secondDerivative, s.secondDerivativeAt(a), 1e-15);
        assertEquals(fourthOverSecond, s.derivative(a, 4) / s.secondDerivativeAt(a), 1e-13);
        if (s != Activation.EXP) {
            assertEquals(0, s.derivative(a, 3), 1e-15, "a maximizes |s''|, so s'''(a) = 0");
        }
    }

    @Test
    void handDerivedCurvaturesAreTheClosedForms() {
        assertEquals(-1 / (6 * SQRT3), -0.09622504486493763, 1e-17);
        assertEquals(-4 / (3 * SQRT3), -0.769800358919501, 1e-15);
        assertEquals(Math.sqrt(2 / Math.PI), 0.7978845608028654, 1e-16);
    }

    /** The criterion: |s''(a)| is the largest |s''| anywhere (exp excepted: it has no largest). */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = "EXP", mode = EnumSource.Mode.EXCLUDE)
    void productBiasMaximizesTheCurvature(Activation s) {
        double best = Math.abs(s.secondDerivativeAt(s.productBias()));
        assertTrue(best > 0.05);
        for (double x = -30; x <= 30; x += 0.001) {
            assertTrue(Math.abs(s.secondDerivativeAt(x)) <= best * (1 + 1e-12), s + " x = " + x);
        }
        assertEquals(s.productBias(), s.biasMaximizingDerivative(2), 1e-12, "numeric search agrees");
    }

    @Test
    void expGatesDoNotDependOnTheBias() {
        assertEquals(0, Activation.EXP.productBias());
        assertEquals(0, Activation.EXP.biasMaximizingDerivative(4));
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = "EXP", mode = EnumSource.Mode.EXCLUDE)
    void flatBiasesMaximizeTheNthDerivative(Activation s) {
        for (int n = 2; n <= 6; n++) {
            double a = s.biasMaximizingDerivative(n);
            double best = Math.abs(s.derivative(a, n));
            assertTrue(best > 0.01, s + " n = " + n);
            for (double x = -12; x <= 12; x += 0.002) {
                assertTrue(Math.abs(s.derivative(x, n)) <= best * (1 + 1e-10), s + " n = " + n + " x = " + x);
            }
        }
    }

    @Test
    void onlySigmoidAndTanhSaturate() {
        assertTrue(Activation.SIGMOID.saturates());
        assertTrue(Activation.TANH.saturates());
        assertFalse(Activation.SOFTPLUS.saturates());
        assertFalse(Activation.SILU.saturates());
        assertFalse(Activation.GELU.saturates());
        assertFalse(Activation.EXP.saturates());
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void dslNamesRoundTrip(Activation s) {
        assertEquals(s, Activation.fromDslName(s.dslName()));
        assertEquals(s.name().toLowerCase(java.util.Locale.ROOT), s.dslName());
    }

    @Test
    void rejectsUnknownNamesAndOrders() {
        assertThrows(IllegalArgumentException.class, () -> Activation.fromDslName("relu"));
        assertThrows(IllegalArgumentException.class, () -> Activation.GELU.derivative(0, -1));
        assertThrows(IllegalArgumentException.class, () -> Activation.GELU.derivative(0, Activation.MAX_DERIVATIVE_ORDER + 1));
        assertThrows(IllegalArgumentException.class, () -> Activation.SIGMOID.biasMaximizingDerivative(1));
    }
}
