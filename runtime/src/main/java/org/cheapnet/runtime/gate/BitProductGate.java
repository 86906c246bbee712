package org.cheapnet.runtime.gate;

import java.util.Arrays;
import java.util.List;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.Threshold.StepForm;

/**
 * The product (logical AND) of k bits x_i in {0, 1} with one neuron:
 * sigma(b (sum_i x_i - k + 1/2)). The argument is +b/2 when all bits are 1 and at most -b/2
 * otherwise, so the worst error is {@link Threshold#worstStepError(double) 1 / (1 + e^(b/2))}.
 * With tanh the neuron is (1 + tanh((b/2)(sum x_i - k + 1/2))) / 2, the same function.
 */
public final class BitProductGate implements Gate {

    private final int bits;
    private final double beta;
    private final HiddenLayer layer;

    public BitProductGate(Activation activation, int bits, double beta) {
        if (bits < 1) {
            throw new IllegalArgumentException("a product of " + bits + " bits");
        }
        this.bits = bits;
        this.beta = Threshold.checkBeta(beta);
        StepForm step = StepForm.of(activation);
        double[] weights = new double[bits];
        Arrays.fill(weights, step.inputScale() * beta);
        double bias = step.inputScale() * beta * (0.5 - bits);
        this.layer = new HiddenLayer(activation,
                List.of(new GateNeuron(weights, bias, step.outputScale())), step.outputShift());
    }

    @Override
    public HiddenLayer layer() {
        return layer;
    }

    public int bits() {
        return bits;
    }

    public double beta() {
        return beta;
    }

    /** 1 / (1 + e^(b/2)), attained when all bits are 1 and when exactly one is 0. */
    public double worstError() {
        return Threshold.worstStepError(beta);
    }
}
