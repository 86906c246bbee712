package org.cheapnet.dsl.compiler.network;

import java.util.HashMap;
import java.util.Map;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.FlatProductGate;
import org.cheapnet.runtime.gate.SquareGate;

/**
 * The error of each gate of one activation, operands in [-1, 1], from the Taylor series of the
 * runtime gates. The flat product of n (the product gate is n = 2) at bias a is
 * x_1...x_n (1 + (s^(n+2)(a) / s^(n)(a)) l^2 sum_i x_i^2 / 6
 * + (s^(n+4)(a) / s^(n)(a)) l^4 (sum_i x_i^4 / 120 + sum_(i&lt;j) x_i^2 x_j^2 / 36) + O(l^6)):
 * of order n + 2k only the terms with every x_i to an odd power survive the sum over sign vectors.
 * At the worst corner this gives
 * <ul>
 * <li>flat product: n |K_n| l^2 + |s^(n+4) / s^(n)| (n/120 + n(n-1)/72) l^4, K_n = s^(n+2) / (6 s^(n));
 * for n = 2 (the product gate) 2 |K| l^2 + |s^(6) / s''| (16/360) l^4;</li>
 * <li>square: (s(a+t) + s(a-t) - 2 s(a)) / (l^2 s'') = x^2 (1 + (s''''/(12 s'')) l^2 x^2
 * + (s^(6)/(360 s'')) l^4 x^4 + ...), so |K| l^2 + |s^(6)/(360 s'')| l^4;</li>
 * <li>bit product: 1 / (1 + e^(beta/2)); spin product: 2 (k = 1) or 4 times that.</li>
 * </ul>
 * The l^4 coefficient is doubled to cover the rest of the series (for the activations here each
 * order is smaller than the last by a factor of order l^2 / 4, and l &lt;= 0.1). Where the runtime
 * has no derivative of order n + 4 the l^2 coefficient is doubled instead.
 *
 * <p>Rounding. A smooth gate's read-out is a sum of N terms w s(z_n) with N |w| = c / (l^p
 * |s^(p)(a)|) (c = 1 for the product and the flat product, 3 for the square, whose constant
 * -2 s(a) w is a third term of the same size). Each term carries a few ulps: of s(z) itself, of
 * the multiplication and summation, and of the argument z (s'(a) (|a| + 1) eps). We charge
 * delta = eps (3 |s(a)| + (|a| + 1) |s'(a)|) per unit of N |w|, with eps = 2^-52: a worst case
 * over a few ulps per term, which holds for the sums of the few terms a gate has.
 */
final class GateErrorModel {

    private static final double EPS = Math.ulp(1.0);
    private static final double TAIL = 2;

    private final Activation activation;
    private final Map<Integer, GateError> flat = new HashMap<>();
    private GateError product;
    private GateError square;

    GateErrorModel(Activation activation) {
        this.activation = activation;
    }

    GateError of(GateKind kind, int arity) {
        return switch (kind) {
            case PRODUCT -> product();
            case SQUARE -> square();
            case FLAT_PRODUCT -> flat.computeIfAbsent(arity, n -> flatProduct(n, new FlatProductGate(activation, n, 1).bias()));
            case BIT_PRODUCT -> GateError.threshold(1, 4 * EPS * arity);
            case SPIN_PRODUCT -> GateError.threshold(spinSteps(arity), 4 * EPS * arity);
        };
    }

    /** The spin gate's worst error in units of one step's (SpinProductGate's class comment). */
    private static double spinSteps(int spins) {
        return spins == 1 ? 2 : 4;
    }

    private GateError product() {
        if (product == null) {
            product = flatProduct(2, activation.productBias());
        }
        return product;
    }

    private GateError flatProduct(int n, double a) {
        double sn = Math.abs(activation.derivative(a, n));
        double k2 = n * Math.abs(activation.derivative(a, n + 2)) / (6 * sn);
        double rounding = delta(a) / sn;
        if (n + 4 > Activation.MAX_DERIVATIVE_ORDER) {
            return GateError.smooth(TAIL * k2, 0, rounding, n);
        }
        double k4 = Math.abs(activation.derivative(a, n + 4)) / sn * (n / 120.0 + n * (n - 1) / 72.0);
        return GateError.smooth(k2, TAIL * k4, rounding, n);
    }

    private GateError square() {
        if (square == null) {
            double a = new SquareGate(activation, 1).bias();
            double s2 = Math.abs(activation.derivative(a, 2));
            double k2 = Math.abs(activation.derivative(a, 4)) / (12 * s2);
            double k4 = Math.abs(activation.derivative(a, 6)) / (360 * s2);
            square = GateError.smooth(k2, TAIL * k4, 3 * delta(a) / s2, 2);
        }
        return square;
    }

    /** Rounding per unit of read-out weight: eps (3 |s(a)| + (|a| + 1) |s'(a)|). */
    private double delta(double a) {
        return EPS * (3 * Math.abs(activation.value(a)) + (Math.abs(a) + 1) * Math.abs(activation.derivative(a, 1)));
    }
}
