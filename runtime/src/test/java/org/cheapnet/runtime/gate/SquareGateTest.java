package org.cheapnet.runtime.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SquareGateTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void neuronsComputeDesignFormula(Activation s) {
        double l = 0.1;
        SquareGate gate = new SquareGate(s, l);
        assertEquals(2, gate.neuronCount());
        double a = gate.bias();
        for (double x = -1; x <= 1; x += 0.01) {
            double formula = (s.value(a + l * x) + s.value(a - l * x) - 2 * s.value(a)) / (l * l * s.secondDerivativeAt(a));
            assertEquals(formula, gate.apply(x), 1e-12);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void errorWithinClosedFormBoundAndShrinksLikeLambdaSquared(Activation s) {
        double[] worst = new double[2];
        double[] lambdas = {0.1, 0.05};
        for (int t = 0; t < 2; t++) {
            SquareGate gate = new SquareGate(s, lambdas[t]);
            Random random = new Random(5);
            for (int i = 0; i < 2000; i++) {
                double x = 2 * random.nextDouble() - 1;
                double error = Math.abs(gate.apply(x) - x * x);
                double leading = Math.abs(gate.leadingRelativeError(x) * x * x);
                assertTrue(error <= 1.2 * leading + 1e-11, s + " x = " + x + ": " + error + " > " + leading);
                worst[t] = Math.max(worst[t], error);
            }
            assertTrue(worst[t] <= 1.2 * gate.relativeErrorBound(1));
        }
        assertEquals(4, worst[0] / worst[1], 0.2, s.toString());
    }
}
