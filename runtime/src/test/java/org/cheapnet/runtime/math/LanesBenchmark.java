package org.cheapnet.runtime.math;

import java.util.Random;

/**
 * Nanoseconds per element of an activation applied to a lane array of n rows: a plain loop over
 * Math.exp / Logistic.value against Lanes.exp / Lanes.sigmoid. Not a test; run with
 * {@code java -cp runtime/target/classes:runtime/target/test-classes org.cheapnet.runtime.math.LanesBenchmark}.
 *
 * <p>Every call first copies fresh inputs (uniform in [-10, 10]) into the lanes, since the kernels
 * work in place; the copy alone is timed too. Each figure is the best of several rounds, after
 * warm-up rounds that let C2 compile the loops.
 */
public final class LanesBenchmark {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 15;
    /** Elements processed per round, whatever n is. */
    private static final int ELEMENTS_PER_ROUND = 4_000_000;

    private interface Kernel {
        void apply(double[] z, double[] scratch, int n);
    }

    /** Defeats dead-code elimination of the results. */
    private static double sink;

    private LanesBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = {64, 1024};
        String[] names = {"copy only", "Math.exp loop", "Lanes.exp", "Logistic.value loop", "Lanes.sigmoid"};
        Kernel[] kernels = {
            (z, scratch, n) -> { },
            LanesBenchmark::mathExp,
            Lanes::exp,
            LanesBenchmark::logisticValue,
            Lanes::sigmoid,
        };
        System.out.printf("%-22s%12s%12s%n", "ns per element", "n = " + sizes[0], "n = " + sizes[1]);
        for (int k = 0; k < kernels.length; k++) {
            System.out.printf("%-22s", names[k]);
            for (int n : sizes) {
                System.out.printf("%12.3f", nanosPerElement(kernels[k], n));
            }
            System.out.println();
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void mathExp(double[] z, double[] scratch, int n) {
        for (int r = 0; r < n; r++) {
            z[r] = Math.exp(z[r]);
        }
    }

    private static void logisticValue(double[] z, double[] scratch, int n) {
        for (int r = 0; r < n; r++) {
            z[r] = Logistic.value(z[r]);
        }
    }

    private static double nanosPerElement(Kernel kernel, int n) {
        Random random = new Random(1);
        double[] input = new double[n];
        for (int r = 0; r < n; r++) {
            input[r] = -10 + 20 * random.nextDouble();
        }
        double[] z = new double[n];
        double[] scratch = new double[n];
        int calls = ELEMENTS_PER_ROUND / n;
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            long start = System.nanoTime();
            for (int c = 0; c < calls; c++) {
                System.arraycopy(input, 0, z, 0, n);
                kernel.apply(z, scratch, n);
            }
            long elapsed = System.nanoTime() - start;
            sink += z[n - 1];
            if (round >= WARM_UP_ROUNDS) {
                best = Math.min(best, (double) elapsed / ((long) calls * n));
            }
        }
        return best;
    }
}
