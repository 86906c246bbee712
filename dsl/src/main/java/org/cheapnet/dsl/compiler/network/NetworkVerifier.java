package org.cheapnet.dsl.compiler.network;

import java.util.List;

import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.network.Interpreter;
import org.cheapnet.runtime.network.Network;
import org.cheapnet.runtime.network.Workspace;

/**
 * Translation validation (DESIGN.md, "Verification"): runs the network with the runtime
 * interpreter and evaluates the exact expanded polynomials at the {@link SamplePoints} (corners,
 * random points, all states when few), and reports the worst relative error of LANGUAGE.md,
 * |network(x) - H(x)| / S, against the tolerance. Deterministic.
 */
public final class NetworkVerifier {

    private NetworkVerifier() {
    }

    /**
     * @param expanded output o's let-free expanded polynomial
     * @throws IllegalArgumentException if the network's inputs or outputs do not match
     */
    public static Verification verify(Network network, List<Polynomial> expanded, VariableSpace space, double tolerance) {
        if (network.inputCount() != space.inputCount() || network.outputCount() != expanded.size()) {
            throw new IllegalArgumentException("network with " + network.inputCount() + " inputs and "
                    + network.outputCount() + " outputs for " + space.inputCount() + " inputs and "
                    + expanded.size() + " polynomials");
        }
        double[] scale = new double[expanded.size()];
        for (int o = 0; o < scale.length; o++) {
            scale[o] = ErrorScale.of(expanded.get(o), space);
        }
        Interpreter interpreter = new Interpreter(network);
        Workspace workspace = interpreter.newWorkspace();
        double[] out = new double[network.outputCount()];
        Worst worst = new Worst(space.inputCount());
        new SamplePoints(space).forEach(x -> {
            interpreter.evaluate(x, out, workspace);
            for (int o = 0; o < out.length; o++) {
                double error = Math.abs(out[o] - expanded.get(o).evaluate(x)) / scale[o];
                worst.offer(Double.isNaN(error) ? Double.POSITIVE_INFINITY : error, o, x);
            }
        });
        return new Verification(worst.error, worst.output, worst.point, worst.points, tolerance);
    }

    /** The network of a compilation, checked against its polynomials. */
    public static Verification verify(CompiledNetwork compiled, List<Polynomial> expanded, VariableSpace space,
            double tolerance) {
        return verify(compiled.network(), expanded, space, tolerance);
    }

    /** The running maximum. */
    private static final class Worst {
        double error = -1;
        int output;
        final double[] point;
        long points;

        Worst(int inputs) {
            point = new double[inputs];
        }

        void offer(double e, int o, double[] x) {
            if (o == 0) {
                points++;
            }
            if (e > error) {
                error = e;
                output = o;
                System.arraycopy(x, 0, point, 0, x.length);
            }
        }
    }
}
