package org.cheapnet.runtime.gate;

import java.util.List;

import org.cheapnet.runtime.Activation;

/**
 * u v with four neurons:
 * [s(a+l(u+v)) + s(a-l(u+v)) - s(a+l(u-v)) - s(a-l(u-v))] / (4 l^2 s''(a)).
 *
 * <p>By Taylor expansion of the even part, s(a+t) + s(a-t) = 2 s(a) + s''(a) t^2 +
 * s''''(a) t^4 / 12 + ..., and (u+v)^4 - (u-v)^4 = 8 u v (u^2 + v^2), so the gate equals
 * u v (1 + K l^2 (u^2 + v^2) + O(l^4)) with K = s''''(a) / (6 s''(a)): the relative error's
 * leading term, as DESIGN.md states.
 *
 * <p>At a bias with s''''(a) = 0 (for the sigmoid a = ln((1 + sqrt(2/3)) / (1 - sqrt(2/3))),
 * about 2.2924) the leading term vanishes and the relative error is
 * (s^(6)(a) / (360 s''(a))) l^4 (3u^4 + 10u^2v^2 + 3v^4) + O(l^6);
 * {@link #leadingRelativeError(double, double)} then reports only the vanishing O(l^2) term.
 */
public final class ProductGate implements Gate {

    private final double bias;
    private final double lambda;
    private final double errorCoefficient;
    private final HiddenLayer layer;

    /** The gate at the activation's {@link Activation#productBias()}. */
    public ProductGate(Activation activation, double lambda) {
        this(activation, activation.productBias(), lambda);
    }

    /** The gate at bias a; s''(a) must not vanish. */
    public ProductGate(Activation activation, double bias, double lambda) {
        this.bias = bias;
        this.lambda = SmoothGates.checkLambda(lambda);
        double curvature = SmoothGates.nonZeroDerivative(activation, bias, 2);
        this.errorCoefficient = activation.derivative(bias, 4) / (6 * curvature);
        double w = 1 / (4 * lambda * lambda * curvature);
        this.layer = new HiddenLayer(activation, List.of(
                new GateNeuron(new double[] {lambda, lambda}, bias, w),
                new GateNeuron(new double[] {-lambda, -lambda}, bias, w),
                new GateNeuron(new double[] {lambda, -lambda}, bias, -w),
                new GateNeuron(new double[] {-lambda, lambda}, bias, -w)), 0);
    }

    @Override
    public HiddenLayer layer() {
        return layer;
    }

    /** The gate's approximation of u v. */
    public double apply(double u, double v) {
        return layer.evaluate(new double[] {u, v});
    }

    public double bias() {
        return bias;
    }

    public double lambda() {
        return lambda;
    }

    /** K = s''''(a) / (6 s''(a)). */
    public double errorCoefficient() {
        return errorCoefficient;
    }

    /** The leading term of the signed relative error (gate - uv) / uv: K l^2 (u^2 + v^2). */
    public double leadingRelativeError(double u, double v) {
        return errorCoefficient * lambda * lambda * (u * u + v * v);
    }

    /** |K| l^2 (U^2 + V^2): the leading relative error's largest value for |u| &lt;= U, |v| &lt;= V. */
    public double relativeErrorBound(double uBound, double vBound) {
        return Math.abs(errorCoefficient) * lambda * lambda * (uBound * uBound + vBound * vBound);
    }

    /** The lambda at which {@link #relativeErrorBound(double, double)} equals eps, at the product bias. */
    public static double lambdaForRelativeError(Activation activation, double eps, double uBound, double vBound) {
        double a = activation.productBias();
        double k = Math.abs(activation.derivative(a, 4) / (6 * activation.secondDerivativeAt(a)));
        return Math.sqrt(eps / (k * (uBound * uBound + vBound * vBound)));
    }
}
