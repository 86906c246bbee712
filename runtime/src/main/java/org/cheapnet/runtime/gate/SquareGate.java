package org.cheapnet.runtime.gate;

import java.util.List;

import org.cheapnet.runtime.Activation;

/**
 * x^2 with two neurons: [s(a+lx) + s(a-lx) - 2 s(a)] / (l^2 s''(a)); the constant -2 s(a)
 * folds into the read-out's bias. By s(a+t) + s(a-t) = 2 s(a) + s''(a) t^2 + s''''(a) t^4/12
 * + ..., the gate is x^2 (1 + K l^2 x^2 + O(l^4)) with K = s''''(a) / (12 s''(a)).
 */
public final class SquareGate implements Gate {

    private final double bias;
    private final double lambda;
    private final double errorCoefficient;
    private final HiddenLayer layer;

    /** The gate at the activation's {@link Activation#productBias()}. */
    public SquareGate(Activation activation, double lambda) {
        this(activation, activation.productBias(), lambda);
    }

    /** The gate at bias a; s''(a) must not vanish. */
    public SquareGate(Activation activation, double bias, double lambda) {
        this.bias = bias;
        this.lambda = SmoothGates.checkLambda(lambda);
        double curvature = SmoothGates.nonZeroDerivative(activation, bias, 2);
        this.errorCoefficient = activation.derivative(bias, 4) / (12 * curvature);
        double w = 1 / (lambda * lambda * curvature);
        this.layer = new HiddenLayer(activation, List.of(
                new GateNeuron(new double[] {lambda}, bias, w),
                new GateNeuron(new double[] {-lambda}, bias, w)), -2 * activation.value(bias) * w);
    }

    @Override
    public HiddenLayer layer() {
        return layer;
    }

    public double bias() {
        return bias;
    }

    public double lambda() {
        return lambda;
    }

    /** K = s''''(a) / (12 s''(a)). */
    public double errorCoefficient() {
        return errorCoefficient;
    }

    /** The leading term of the signed relative error (gate - x^2) / x^2: K l^2 x^2. */
    public double leadingRelativeError(double x) {
        return errorCoefficient * lambda * lambda * x * x;
    }

    /** |K| l^2 X^2 for |x| &lt;= X. */
    public double relativeErrorBound(double xBound) {
        return Math.abs(errorCoefficient) * lambda * lambda * xBound * xBound;
    }
}
