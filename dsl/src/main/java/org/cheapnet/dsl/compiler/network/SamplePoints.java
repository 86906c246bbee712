package org.cheapnet.dsl.compiler.network;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The points a network is checked at, deterministic (fixed seed): the corners of the input box
 * (all of them up to 2^12, else 4096 random ones), 10,000 random points (reals uniform in their
 * range, bits and spins uniform over their two values), and every state when all inputs are bits
 * or spins and there are at most 2^16 states. A bit's two values are 0 and 1, a spin's -1 and +1,
 * a real's lo and hi. With more than {@link #INPUT_BUDGET} / 10,000 inputs, fewer random corners
 * and points (at least {@link #MIN_RANDOM_POINTS} of each), so that checking stays within about
 * {@link #INPUT_BUDGET} input values: each point costs time linear in the input count.
 */
final class SamplePoints {

    static final int MAX_ALL_CORNERS_LOG2 = 12;
    static final int RANDOM_CORNERS = 4096;
    static final int RANDOM_POINTS = 10_000;
    static final int MAX_ALL_STATES_LOG2 = 16;
    static final long INPUT_BUDGET = 50_000_000;
    static final int MIN_RANDOM_POINTS = 100;
    private static final long SEED = 0x5EEDC0FFEEL;

    private final double[] lo;
    private final double[] hi;
    private final boolean[] discrete;
    private final int randomCorners;
    private final int randomPoints;

    SamplePoints(VariableSpace space) {
        int n = space.inputCount();
        lo = new double[n];
        hi = new double[n];
        discrete = new boolean[n];
        for (int i = 0; i < n; i++) {
            VariableKind kind = space.kind(i);
            discrete[i] = kind != VariableKind.REAL;
            lo[i] = kind == VariableKind.BIT ? 0 : kind == VariableKind.SPIN ? -1 : space.declarationOf(i).lo();
            hi[i] = kind == VariableKind.REAL ? space.declarationOf(i).hi() : 1;
        }
        // a model of 500,000 inputs would take minutes at the full count
        long affordable = Math.max(MIN_RANDOM_POINTS, INPUT_BUDGET / Math.max(1, n));
        randomCorners = (int) Math.min(RANDOM_CORNERS, affordable);
        randomPoints = (int) Math.min(RANDOM_POINTS, affordable);
    }

    /** Calls the action with each point; the array is reused between calls (copy it to keep it). */
    void forEach(Consumer<double[]> action) {
        int n = lo.length;
        double[] x = new double[n];
        SplittableRandom random = new SplittableRandom(SEED);
        boolean allCorners = n <= MAX_ALL_CORNERS_LOG2;
        if (allCorners) {
            forEachCorner(x, action);
        } else {
            for (int c = 0; c < randomCorners; c++) {
                for (int i = 0; i < n; i++) {
                    x[i] = random.nextBoolean() ? hi[i] : lo[i];
                }
                action.accept(x);
            }
        }
        for (int p = 0; p < randomPoints; p++) {
            for (int i = 0; i < n; i++) {
                x[i] = discrete[i] ? (random.nextBoolean() ? hi[i] : lo[i]) : lo[i] + (hi[i] - lo[i]) * random.nextDouble();
            }
            action.accept(x);
        }
        // with every input discrete the corners are the states: already done when all corners were
        if (allDiscrete() && n <= MAX_ALL_STATES_LOG2 && !allCorners) {
            forEachCorner(x, action);
        }
    }

    private void forEachCorner(double[] x, Consumer<double[]> action) {
        int n = lo.length;
        for (long mask = 0; mask < 1L << n; mask++) {
            for (int i = 0; i < n; i++) {
                x[i] = (mask >> i & 1) == 1 ? hi[i] : lo[i];
            }
            action.accept(x);
        }
    }

    private boolean allDiscrete() {
        for (boolean d : discrete) {
            if (!d) {
                return false;
            }
        }
        return true;
    }
}
