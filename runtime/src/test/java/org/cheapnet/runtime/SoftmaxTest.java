package org.cheapnet.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private static double sum(double[] p) {
        double s = 0;
        for (double x : p) {
            s += x;
        }
        return s;
    }

    @Test
    void sumsToOneAndMatchesTheDirectFormulaForModerateLogits() {
        Random random = new Random(11);
        for (int trial = 0; trial < 100; trial++) {
            double[] logits = new double[1 + random.nextInt(8)];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = 20 * random.nextDouble() - 10;
            }
            double[] p = Softmax.softmax(logits);
            assertEquals(1, sum(p), 1e-15);
            double direct = 0;
            for (double l : logits) {
                direct += Math.exp(l);
            }
            for (int i = 0; i < p.length; i++) {
                assertEquals(Math.exp(logits[i]) / direct, p[i], 1e-15);
            }
            assertEquals(Math.log(direct), Softmax.logSumExp(logits), 1e-14);
        }
    }

    @Test
    void invariantToAddingAConstant() {
        double[] logits = {0.3, -1.2, 2.5, 0};
        double[] p = Softmax.softmax(logits);
        for (double c : new double[] {-500, -3, 7, 1e3}) {
            double[] shifted = new double[logits.length];
            for (int i = 0; i < logits.length; i++) {
                shifted[i] = logits[i] + c;
            }
            assertArrayEquals(p, Softmax.softmax(shifted), 1e-12);
            assertEquals(Softmax.logSumExp(logits) + c, Softmax.logSumExp(shifted), 1e-12);
        }
    }

    @Test
    void noOverflowAtLargeLogits() {
        double[] p = Softmax.softmax(new double[] {1000, -1000, 1000});
        assertArrayEquals(new double[] {0.5, 0, 0.5}, p, 0);
        assertEquals(1000 + Math.log(2), Softmax.logSumExp(new double[] {1000, -1000, 1000}), 1e-12);
        assertEquals(-1000, Softmax.logSumExp(new double[] {-1000}), 0);
        double[] q = Softmax.softmax(new double[] {-1000, -1001});
        assertEquals(1 / (1 + Math.exp(-1)), q[0], 1e-15);
        assertTrue(Double.isFinite(q[1]));
    }

    @Test
    void inPlaceGivesTheSameResult() {
        double[] logits = {1, 2, 3, -4};
        double[] expected = Softmax.softmax(logits);
        Softmax.softmax(logits, logits);
        assertArrayEquals(expected, logits, 0);
    }

    @Test
    void argMaxPicksTheFirstLargest() {
        assertEquals(2, Softmax.argMax(new double[] {1, 2, 5, 5}));
        assertEquals(0, Softmax.argMax(new double[] {-1}));
    }

    @Test
    void rejectsEmptyOrHopelessInput() {
        assertThrows(IllegalArgumentException.class, () -> Softmax.softmax(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Softmax.logSumExp(new double[] {Double.NEGATIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> Softmax.softmax(new double[2], new double[3]));
    }
}
