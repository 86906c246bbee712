package org.cheapnet.runtime.gate;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.runtime.Activation;

/**
 * x_1 x_2 ... x_n in one hidden layer of 2^n neurons (the flat network of {@code @depth(1)}):
 * sum over sign vectors s in {-1,+1}^n of (prod_i s_i) s(a + l s.x) / (2^n n! c_n l^n), with
 * c_n = s^(n)(a) / n! the n-th Taylor coefficient at a, so the denominator is 2^n s^(n)(a) l^n.
 *
 * <p>Why: s(a + l s.x) = sum_m c_m l^m (s.x)^m, and summing (prod s_i) (s.x)^m over all sign
 * vectors keeps only monomials with every x_i to an odd power. So orders m &lt; n and m = n + 1
 * vanish, m = n leaves 2^n n! x_1...x_n, and m = n + 2 leaves 2^n ((n+2)!/6) x_1...x_n sum_i x_i^2.
 * The gate is x_1...x_n (1 + K l^2 sum_i x_i^2 + O(l^4)) with K = s^(n+2)(a) / (6 s^(n)(a));
 * for n = 2 this is the product gate's K. The bias a maximizes |s^(n)(a)|
 * ({@link Activation#biasMaximizingDerivative(int)}).
 */
public final class FlatProductGate implements Gate {

    /** The largest n supported (1024 neurons; the error term needs s^(n+2)). */
    public static final int MAX_FACTORS = Activation.MAX_DERIVATIVE_ORDER - 2;

    private final int factors;
    private final double bias;
    private final double lambda;
    private final double errorCoefficient;
    private final HiddenLayer layer;

    public FlatProductGate(Activation activation, int factors, double lambda) {
        if (factors < 2 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("flat product of " + factors + " factors, need 2.." + MAX_FACTORS);
        }
        this.factors = factors;
        this.lambda = SmoothGates.checkLambda(lambda);
        this.bias = activation.biasMaximizingDerivative(factors);
        double derivative = SmoothGates.nonZeroDerivative(activation, bias, factors);
        this.errorCoefficient = activation.derivative(bias, factors + 2) / (6 * derivative);
        double scale = 1 / (Math.scalb(1.0, factors) * Math.pow(lambda, factors) * derivative);
        this.layer = new HiddenLayer(activation, neurons(factors, bias, lambda, scale), 0);
    }

    /** One neuron per sign vector s (bit i of the mask set: s_i = -1): weights l s, output weight (prod s_i) scale. */
    private static List<GateNeuron> neurons(int n, double bias, double lambda, double scale) {
        List<GateNeuron> neurons = new ArrayList<>(1 << n);
        for (int mask = 0; mask < (1 << n); mask++) {
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = (mask >> i & 1) == 1 ? -lambda : lambda;
            }
            double sign = Integer.bitCount(mask) % 2 == 0 ? 1 : -1;
            neurons.add(new GateNeuron(weights, bias, sign * scale));
        }
        return neurons;
    }

    @Override
    public HiddenLayer layer() {
        return layer;
    }

    public int factors() {
        return factors;
    }

    public double bias() {
        return bias;
    }

    public double lambda() {
        return lambda;
    }

    /** K = s^(n+2)(a) / (6 s^(n)(a)). */
    public double errorCoefficient() {
        return errorCoefficient;
    }

    /** The leading term of the signed relative error: K l^2 sum_i x_i^2. */
    public double leadingRelativeError(double[] x) {
        double sumOfSquares = 0;
        for (double xi : x) {
            sumOfSquares += xi * xi;
        }
        return errorCoefficient * lambda * lambda * sumOfSquares;
    }

    /** |K| l^2 n X^2 for all |x_i| &lt;= X. */
    public double relativeErrorBound(double xBound) {
        return Math.abs(errorCoefficient) * lambda * lambda * factors * xBound * xBound;
    }
}
