package org.cheapnet.dsl.compiler.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The built networks meet the tolerance, measured against the exact polynomials and against brute force. */
class NetworkAccuracyTest {

    static Stream<Arguments> casesActivationsTolerances() {
        List<Arguments> arguments = new ArrayList<>();
        for (PlanCase c : PlanCase.all()) {
            for (Activation activation : List.of(Activation.SIGMOID, Activation.TANH, Activation.SOFTPLUS)) {
                for (double tolerance : new double[] {1e-4, 1e-6}) {
                    arguments.add(Arguments.of(c, activation, tolerance));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("casesActivationsTolerances")
    void meetsTheToleranceAndThePredictedBoundHolds(PlanCase c, Activation activation, double tolerance) {
        CompiledNetwork network = Compile.built(c, new NetworkOptions(activation, tolerance, Integer.MAX_VALUE));
        Verification verification = NetworkVerifier.verify(network, c.polynomials(), c.space(), tolerance);
        assertTrue(verification.passed(), () -> "worst " + verification.worstError());
        assertTrue(network.predictedWithin(tolerance), () -> "predicted " + network.predictedError());
        assertTrue(verification.worstError() <= network.predictedError(),
                () -> "measured " + verification.worstError() + " above the bound " + network.predictedError());
    }

    /** Every one of the 512 states against the energy summed bond by bond. */
    @Test
    void isingNetworkMatchesTheEnergyInEveryState() {
        PlanCase c = PlanCase.ising3x3();
        double tolerance = 1e-6;
        for (Activation activation : List.of(Activation.SIGMOID, Activation.SOFTPLUS)) {
            Interpreter net = new Interpreter(Compile.built(c, new NetworkOptions(activation, tolerance, Integer.MAX_VALUE)).network());
            double scale = 18 * Math.abs(PlanCase.ISING_J) + 9 * Math.abs(PlanCase.ISING_H);
            for (int state = 0; state < 512; state++) {
                double[] s = new double[9];
                double energy = 0;
                for (int a = 0; a < 9; a++) {
                    s[a] = (state >> a & 1) == 1 ? 1 : -1;
                    energy -= PlanCase.ISING_H * s[a];
                }
                for (int[] bond : PlanCase.isingBonds()) {
                    energy -= PlanCase.ISING_J * s[bond[0]] * s[bond[1]];
                }
                double error = Math.abs(net.evaluate(s)[0] - energy) / scale;
                assertTrue(error <= tolerance, "state " + state + " error " + error);
            }
        }
    }

    /** Every one of the 32 states against the cubic written out. */
    @Test
    void cubicOverBitsMatchesInEveryState() {
        PlanCase c = PlanCase.cubicOverBits();
        double tolerance = 1e-6;
        double scale = 2 + 1.5 + 0.5 + 1 + 0.25 + 1;
        for (Activation activation : List.of(Activation.SIGMOID, Activation.TANH, Activation.SOFTPLUS)) {
            Interpreter net = new Interpreter(Compile.built(c, new NetworkOptions(activation, tolerance, Integer.MAX_VALUE)).network());
            for (int state = 0; state < 32; state++) {
                double[] b = new double[5];
                for (int i = 0; i < 5; i++) {
                    b[i] = state >> i & 1;
                }
                double h = 2 * b[0] * b[1] * b[2] - 1.5 * b[1] * b[3] + 0.5 * b[2] * b[3] * b[4] + b[0] - 0.25 * b[4] + 1;
                double error = Math.abs(net.evaluate(b)[0] - h) / scale;
                assertTrue(error <= tolerance, activation + " state " + state + " error " + error);
            }
        }
    }

    /**
     * The sigmoid product gate errs by K l^2 (u^2 + v^2) u v with K = s''''/(6 s'') = -1/6, so at
     * the corner u = v = 1 by l^2 / 3 of U V = S: the measured error follows l^2 / 3.
     */
    @Test
    void productErrorFollowsTheLambdaSquaredLaw() {
        PlanCase c = PlanCase.product();
        for (double lambda : new double[] {0.02, 0.04, 0.08}) {
            double measured = measuredAt(c, Activation.SIGMOID, lambda);
            assertEquals(lambda * lambda / 3, measured, 0.01 * lambda * lambda / 3, "lambda " + lambda);
        }
    }

    /** A much larger lambda than the chosen one gives a much larger error, growing 16-fold when lambda grows 4-fold. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("smoothCases")
    void errorGrowsLikeLambdaSquared(PlanCase c) {
        double tolerance = 1e-6;
        CompiledNetwork chosen = Compile.built(c, new NetworkOptions(Activation.SIGMOID, tolerance, Integer.MAX_VALUE));
        double atChosen = NetworkVerifier.verify(chosen, c.polynomials(), c.space(), tolerance).worstError();
        double small = measuredAt(c, Activation.SIGMOID, 0.01);
        double large = measuredAt(c, Activation.SIGMOID, 0.04);
        assertTrue(large > 100 * atChosen, large + " vs " + atChosen);
        assertEquals(16, large / small, 1.0);
    }

    static Stream<PlanCase> smoothCases() {
        return Stream.of(PlanCase.product(), PlanCase.square(), PlanCase.productOfEight(), PlanCase.asymmetricReals());
    }

    /** With a tolerance below what double precision allows, lambda stays where rounding balances truncation, and the bound says so. */
    @Test
    void unreachableToleranceKeepsLambdaAboveTheRoundingFloor() {
        PlanCase c = PlanCase.product();
        double tolerance = 1e-10;
        CompiledNetwork network = Compile.built(c, new NetworkOptions(Activation.SIGMOID, tolerance, Integer.MAX_VALUE));
        assertTrue(network.lambda() >= 1e-4, "lambda " + network.lambda());
        assertTrue(!network.predictedWithin(tolerance));
        Verification verification = NetworkVerifier.verify(network, c.polynomials(), c.space(), tolerance);
        assertTrue(verification.worstError() <= network.predictedError());
        // a smaller lambda only adds rounding error
        double tiny = measuredAt(c, Activation.SIGMOID, network.lambda() / 30);
        assertTrue(tiny > verification.worstError(), tiny + " vs " + verification.worstError());
    }

    private static double measuredAt(PlanCase c, Activation activation, double lambda) {
        NetworkCompiler compiler = new NetworkCompiler(c.space(), new NetworkOptions(activation, 1e-6, Integer.MAX_VALUE));
        CompiledNetwork network = Compile.built(compiler.compile(c.plan(), c.polynomials(), new GateParameters(lambda, 0)));
        return NetworkVerifier.verify(network, c.polynomials(), c.space(), 1).worstError();
    }
}
