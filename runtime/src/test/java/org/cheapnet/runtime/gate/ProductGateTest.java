package org.cheapnet.runtime.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProductGateTest {

    private static final int SAMPLES = 2000;

    /** DESIGN.md's formula evaluated directly from the activation, independently of the gate's neurons. */
    private static double designFormula(Activation s, double a, double l, double u, double v) {
        return (s.value(a + l * (u + v)) + s.value(a - l * (u + v)) - s.value(a + l * (u - v)) - s.value(a - l * (u - v)))
                / (4 * l * l * s.secondDerivativeAt(a));
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void neuronsComputeDesignFormula(Activation s) {
        ProductGate gate = new ProductGate(s, 0.1);
        assertEquals(4, gate.neuronCount());
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            assertEquals(designFormula(s, gate.bias(), 0.1, u, v), gate.apply(u, v), 1e-12, "rounding amplified by 1/(l^2 s'')");
            assertEquals(gate.apply(u, v), gate.apply(new double[] {u, v}));
        }
    }

    /** |gate - uv| is within 1.2 times the leading term |K| l^2 (u^2 + v^2) |uv| (plus rounding). */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void errorWithinClosedFormBound(Activation s) {
        for (double lambda : new double[] {0.1, 0.05}) {
            ProductGate gate = new ProductGate(s, lambda);
            Random random = new Random(2);
            for (int i = 0; i < SAMPLES; i++) {
                double u = 2 * random.nextDouble() - 1;
                double v = 2 * random.nextDouble() - 1;
                double error = Math.abs(gate.apply(u, v) - u * v);
                double leading = Math.abs(gate.leadingRelativeError(u, v) * u * v);
                assertTrue(error <= 1.2 * leading + 1e-11, s + " l = " + lambda + " at (" + u + ", " + v + "): " + error + " > " + leading);
            }
            assertEquals(Math.abs(gate.errorCoefficient()) * lambda * lambda * 2, gate.relativeErrorBound(1, 1), 1e-18);
        }
    }

    /** The signed error is the leading term up to O(l^4): the leading-order claim, pointwise. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void errorIsTheLeadingTermToFourthOrder(Activation s) {
        double lambda = 0.05;
        ProductGate gate = new ProductGate(s, lambda);
        Random random = new Random(3);
        for (int i = 0; i < SAMPLES; i++) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double error = gate.apply(u, v) - u * v;
            double leading = gate.leadingRelativeError(u, v) * u * v;
            assertEquals(leading, error, 50 * Math.pow(lambda, 4) * Math.abs(u * v) + 1e-11, s + " at (" + u + ", " + v + ")");
        }
    }

    /** Halving lambda divides the worst error by 4. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void errorShrinksLikeLambdaSquared(Activation s) {
        double ratio = worstError(new ProductGate(s, 0.1)) / worstError(new ProductGate(s, 0.05));
        assertEquals(4, ratio, 0.2, s.toString());
    }

    private static double worstError(ProductGate gate) {
        Random random = new Random(4);
        double worst = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            worst = Math.max(worst, Math.abs(gate.apply(u, v) - u * v));
        }
        return worst;
    }

    @Test
    void sigmoidErrorCoefficientIsMinusOneSixth() {
        // s''''(a) / s''(a) = -1 at a = ln(2 + sqrt 3), so K = -1/6
        assertEquals(-1.0 / 6, new ProductGate(Activation.SIGMOID, 0.1).errorCoefficient(), 1e-14);
    }

    @Test
    void lambdaForRelativeErrorInvertsTheBound() {
        for (Activation s : Activation.values()) {
            double lambda = ProductGate.lambdaForRelativeError(s, 1e-6, 1, 0.5);
            assertEquals(1e-6, new ProductGate(s, lambda).relativeErrorBound(1, 0.5), 1e-18);
        }
    }

    @Test
    void rejectsABiasWithoutCurvatureAndBadLambda() {
        assertThrows(IllegalArgumentException.class, () -> new ProductGate(Activation.TANH, 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new ProductGate(Activation.SIGMOID, 0));
        assertThrows(IllegalArgumentException.class, () -> new ProductGate(Activation.SIGMOID, Double.NaN));
    }
}
