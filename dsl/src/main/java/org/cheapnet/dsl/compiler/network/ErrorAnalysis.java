package org.cheapnet.dsl.compiler.network;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.LinearForm;

/**
 * A bound on each output's relative error as a function of lambda and beta, by propagating
 * absolute error bounds forward through the program:
 * <ul>
 * <li>an input is exact; a form c + sum w_i v_i errs by sum |w_i| E_i;</li>
 * <li>a product of operands with bounds U, V and errors E_u, E_v errs by
 * E_u V + E_v U + E_u E_v (the error it is fed) plus U V times its own {@link GateError}, which
 * grows with its normalized inputs: by (1 + e_u)(1 + e_v) max(1 + e_u, 1 + e_v)^2, e = E / U,
 * since its relative error is ~ lambda^2 (u^2 + v^2);</li>
 * <li>a square likewise: 2 X E + E^2 + X^2 error (1 + e)^4; a flat product and the threshold
 * gates read exact inputs and err by their own error times their scale.</li>
 * </ul>
 * Output o's bound is its form's error over S_o. Second-order terms are kept, so the bound holds
 * also where errors compound through many levels.
 */
final class ErrorAnalysis {

    private final GateProgram program;
    private final GateError[] gateError;
    /** operandBound[g][i]: max |operand i of gate g|; operandScale the same, 1 where it is 0. */
    private final double[][] operandBound;
    private final double[][] operandScale;
    private final double[] gateScale;
    private final double[] scales;

    private ErrorAnalysis(GateProgram program, ValueBounds bounds, GateError[] gateError, double[] scales) {
        this.program = program;
        this.gateError = gateError;
        this.scales = scales;
        int gates = program.gates().size();
        operandBound = new double[gates][];
        operandScale = new double[gates][];
        gateScale = new double[gates];
        for (int g = 0; g < gates; g++) {
            List<LinearForm> operands = program.gates().get(g).operands();
            operandBound[g] = new double[operands.size()];
            operandScale[g] = new double[operands.size()];
            for (int i = 0; i < operands.size(); i++) {
                operandBound[g][i] = bounds.bound(operands.get(i));
                operandScale[g][i] = bounds.operandScale(operands.get(i));
            }
            gateScale[g] = bounds.gateScale(g);
        }
    }

    /** @param scales S of each output's polynomial */
    static ErrorAnalysis of(GateProgram program, ValueBounds bounds, GateErrorModel model, double[] scales) {
        List<GateNode> gates = program.gates();
        GateError[] gateError = new GateError[gates.size()];
        for (int g = 0; g < gates.size(); g++) {
            gateError[g] = model.of(gates.get(g).kind(), gates.get(g).arity());
        }
        return new ErrorAnalysis(program, bounds, gateError, scales.clone());
    }

    int outputCount() {
        return scales.length;
    }

    boolean hasSmoothGates() {
        for (GateError e : gateError) {
            if (e.isSmooth()) {
                return true;
            }
        }
        return false;
    }

    boolean hasThresholdGates() {
        for (GateError e : gateError) {
            if (!e.isSmooth()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each output's relative error bound. lambda = 0 treats the smooth gates as exact and
     * beta = infinity the threshold gates' steps, to look at one kind alone.
     */
    double[] relativeErrors(double lambda, double beta) {
        double[] error = new double[program.valueCount()];
        for (int g = 0; g < gateError.length; g++) {
            double own = gateError[g].isSmooth()
                    ? (lambda > 0 ? gateError[g].smoothError(lambda) : 0)
                    : gateError[g].thresholdError(beta);
            error[program.valueOf(g)] = gateErrorBound(program.gates().get(g), g, own, error);
        }
        double[] relative = new double[scales.length];
        for (int o = 0; o < relative.length; o++) {
            relative[o] = errorOf(program.outputs().get(o), error) / scales[o];
        }
        return relative;
    }

    /** The largest relative error bound over the outputs. */
    double predicted(double lambda, double beta) {
        double worst = 0;
        for (double e : relativeErrors(lambda, beta)) {
            worst = Math.max(worst, e);
        }
        return worst;
    }

    private double gateErrorBound(GateNode gate, int g, double own, double[] error) {
        List<LinearForm> operands = gate.operands();
        double[] bound = operandBound[g];
        double[] scale = operandScale[g];
        switch (gate.kind()) {
            case PRODUCT: {
                double eu = errorOf(operands.get(0), error);
                double ev = errorOf(operands.get(1), error);
                double gu = 1 + eu / scale[0];
                double gv = 1 + ev / scale[1];
                double growth = gu * gv * Math.pow(Math.max(gu, gv), 2);
                return eu * bound[1] + ev * bound[0] + eu * ev + gateScale[g] * own * growth;
            }
            case SQUARE: {
                double ex = errorOf(operands.get(0), error);
                double gx = 1 + ex / scale[0];
                return 2 * bound[0] * ex + ex * ex + gateScale[g] * own * Math.pow(gx, 4);
            }
            default:
                // flat and threshold gates read inputs, which are exact
                return gateScale[g] * own;
        }
    }

    private static double errorOf(LinearForm form, double[] error) {
        double e = 0;
        for (int i = 0; i < form.size(); i++) {
            e += Math.abs(form.weight(i)) * error[form.value(i)];
        }
        return e;
    }
}
