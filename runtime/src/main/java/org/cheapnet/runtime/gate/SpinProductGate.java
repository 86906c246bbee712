package org.cheapnet.runtime.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.Threshold.StepForm;
import org.cheapnet.runtime.math.Logistic;

/**
 * The product of k spins s_i in {-1, +1} with k neurons:
 * 1 + sum_{j=1..k} 2 (-1)^j sigma(b (m - j + 1/2)), where m = sum_i x_i and x_i = (1 - s_i)/2
 * counts the spins equal to -1. The product is (-1)^m, and with exact steps
 * 1 + sum_{j&lt;=m} 2 (-1)^j = (-1)^m; this is DESIGN.md's formula, checked over all states.
 * The neurons read the spins directly: b (m - j + 1/2) = b (k/2 - j + 1/2) - (b/2) sum_i s_i.
 *
 * <p>Error. Write e_r = sigma(-b (r + 1/2)), so e_0 = 1 / (1 + e^(b/2)). At m spins down the
 * error is 2 (-1)^(m+1) (A_m + A_(k-m)) with A_n = e_0 - e_1 + e_2 - ... (n terms), an
 * alternating sum of decreasing terms, 0 &lt;= A_n &lt;= e_0. The two steps next to m err in the same
 * direction, so the worst error is 4 e_0 (up to O(e^(-3b/2))) for k &gt;= 2 and 2 e_0 for k = 1:
 * four (or two) times a single step's, which DESIGN.md's threshold sentence leaves out.
 */
public final class SpinProductGate implements Gate {

    private final int spins;
    private final double beta;
    private final HiddenLayer layer;

    public SpinProductGate(Activation activation, int spins, double beta) {
        if (spins < 1) {
            throw new IllegalArgumentException("a product of " + spins + " spins");
        }
        this.spins = spins;
        this.beta = Threshold.checkBeta(beta);
        StepForm step = StepForm.of(activation);
        double[] weights = new double[spins];
        Arrays.fill(weights, -0.5 * beta * step.inputScale());
        List<GateNeuron> neurons = new ArrayList<>(spins);
        double outputBias = 1;
        for (int j = 1; j <= spins; j++) {
            double sign = j % 2 == 0 ? 1 : -1;
            double bias = step.inputScale() * beta * (0.5 * spins - j + 0.5);
            neurons.add(new GateNeuron(weights, bias, 2 * sign * step.outputScale()));
            outputBias += 2 * sign * step.outputShift();
        }
        this.layer = new HiddenLayer(activation, neurons, outputBias);
    }

    @Override
    public HiddenLayer layer() {
        return layer;
    }

    public int spins() {
        return spins;
    }

    public double beta() {
        return beta;
    }

    /** 4 / (1 + e^(b/2)) for k &gt;= 2, 2 / (1 + e^(b/2)) for k = 1 (see the class comment). */
    public double errorBound() {
        return stepErrorMultiplier(spins) * Threshold.worstStepError(beta);
    }

    /** The exact worst error over all states: max over m of |1 + sum_j 2 (-1)^j sigma(b (m - j + 1/2)) - (-1)^m|. */
    public double worstError() {
        double worst = 0;
        for (int m = 0; m <= spins; m++) {
            double error = 0;
            for (int j = 1; j <= spins; j++) {
                // sigma(y) - [y > 0], as -sigma(-y) when the exact step is 1 (no cancellation)
                double y = beta * (m - j + 0.5);
                double stepError = j <= m ? -Logistic.value(-y) : Logistic.value(y);
                error += 2 * (j % 2 == 0 ? 1 : -1) * stepError;
            }
            worst = Math.max(worst, Math.abs(error));
        }
        return worst;
    }

    /** The b at which {@link #errorBound()} equals eps for k spins: 2 ln(c/eps - 1), c = 4 (or 2 for k = 1). */
    public static double betaForError(int spins, double eps) {
        return Threshold.betaForStepError(eps / stepErrorMultiplier(spins));
    }

    private static int stepErrorMultiplier(int spins) {
        return spins == 1 ? 2 : 4;
    }
}
