package org.cheapnet.dsl.compiler.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Interpreter;
import org.cheapnet.runtime.network.Network;
import org.cheapnet.runtime.network.NetworkBuilder;
import org.junit.jupiter.api.Test;

class NetworkVerifierTest {

    private final VariableSpace square = PlanCase.space(PlanCase.real("x", -1, 1), PlanCase.real("y", -1, 1));
    private final List<Polynomial> xy = List.of(PlanCase.atom(0).times(PlanCase.atom(1)));

    /** x + y for x y on [-1, 1]^2: |x + y - x y| is bilinear, largest at a corner, 3 at (-1, -1); S = 1. */
    @Test
    void aWrongNetworkFailsAtItsWorstCorner() {
        NetworkBuilder builder = new NetworkBuilder(2);
        builder.linearOutput(new int[] {0, 1}, new double[] {1, 1}, 0);
        Verification verification = NetworkVerifier.verify(builder.build(), xy, square, 1e-3);
        assertFalse(verification.passed());
        assertEquals(3, verification.worstError(), 1e-15);
        assertArrayEquals(new double[] {-1, -1}, verification.worstPoint());
        assertEquals(0, verification.worstOutput());
    }

    @Test
    void aNetworkGivingNaNFails() {
        NetworkBuilder builder = new NetworkBuilder(2);
        int log = builder.neuron(Activation.SOFTPLUS, new int[] {0}, new double[] {1e300}, 0);
        builder.linearOutput(new int[] {log, log}, new double[] {1e300, -1e300}, 0); // inf - inf
        Verification verification = NetworkVerifier.verify(builder.build(), xy, square, 1);
        assertFalse(verification.passed());
        assertEquals(Double.POSITIVE_INFINITY, verification.worstError());
    }

    /** Over bits only, every point checked is a state: the worst error is the brute-force maximum over the 32 states. */
    @Test
    void worstErrorOverBitsIsTheMaximumOverAllStates() {
        PlanCase c = PlanCase.cubicOverBits();
        Network network = Compile.built(c, new NetworkOptions(Activation.SIGMOID, 1e-2, Integer.MAX_VALUE)).network();
        Interpreter interpreter = new Interpreter(network);
        double scale = 2 + 1.5 + 0.5 + 1 + 0.25 + 1;
        double worst = 0;
        for (int state = 0; state < 32; state++) {
            double[] b = new double[5];
            for (int i = 0; i < 5; i++) {
                b[i] = state >> i & 1;
            }
            double h = 2 * b[0] * b[1] * b[2] - 1.5 * b[1] * b[3] + 0.5 * b[2] * b[3] * b[4] + b[0] - 0.25 * b[4] + 1;
            worst = Math.max(worst, Math.abs(interpreter.evaluate(b)[0] - h) / scale);
        }
        Verification verification = NetworkVerifier.verify(network, c.polynomials(), c.space(), 1e-2);
        assertEquals(worst, verification.worstError(), 0);
        assertTrue(worst > 1e-3, "a network this coarse errs visibly: " + worst);
    }

    /** A product network at lambda = 0.1 errs by about l^2 / 3 = 3.3e-3 at the corner (1, 1): it fails 1e-3 and passes 1e-2. */
    @Test
    void passesOrFailsAgainstTheTolerance() {
        PlanCase c = new PlanCase("x*y", square, PlanCase.product().plan(), xy.get(0));
        NetworkCompiler compiler = new NetworkCompiler(square, NetworkOptions.defaults());
        Network network = Compile.built(compiler.compile(c.plan(), xy, new GateParameters(0.1, 0))).network();
        Verification strict = NetworkVerifier.verify(network, xy, square, 1e-3);
        assertFalse(strict.passed());
        assertEquals(0.01 / 3, strict.worstError(), 0.02 * 0.01 / 3);
        double[] p = strict.worstPoint();
        assertEquals(1, Math.abs(p[0]));
        assertEquals(1, Math.abs(p[1]));
        assertTrue(NetworkVerifier.verify(network, xy, square, 1e-2).passed());
    }

    @Test
    void checksCornersRandomPointsAndStates() {
        assertEquals(4 + 10_000, pointsChecked(square));
        VariableSpace reals = PlanCase.space(VariableDeclaration.vector("x", VariableKind.REAL, 13, 0, 1));
        assertEquals(4096 + 10_000, pointsChecked(reals));
        VariableSpace nineSpins = PlanCase.space(VariableDeclaration.vector("s", VariableKind.SPIN, 9, -1, 1));
        assertEquals(512 + 10_000, pointsChecked(nineSpins));
        VariableSpace fourteenBits = PlanCase.space(VariableDeclaration.vector("b", VariableKind.BIT, 14, 0, 1));
        assertEquals(4096 + 10_000 + (1 << 14), pointsChecked(fourteenBits));
        VariableSpace twentySpins = PlanCase.space(VariableDeclaration.vector("s", VariableKind.SPIN, 20, -1, 1));
        assertEquals(4096 + 10_000, pointsChecked(twentySpins));
    }

    @Test
    void randomPointsStayInTheirRangesAndDiscreteInputsOnTheirValues() {
        VariableSpace mixed = PlanCase.space(PlanCase.real("x", 0, 5), VariableDeclaration.scalar("b", VariableKind.BIT, 0, 1),
                VariableDeclaration.scalar("s", VariableKind.SPIN, -1, 1));
        int[] seen = new int[4];
        new SamplePoints(mixed).forEach(x -> {
            assertTrue(x[0] >= 0 && x[0] <= 5);
            assertTrue(x[1] == 0 || x[1] == 1);
            assertTrue(x[2] == -1 || x[2] == 1);
            seen[0] += x[0] > 0 && x[0] < 5 ? 1 : 0;
            seen[1] += (int) x[1];
            seen[2] += x[2] > 0 ? 1 : 0;
            seen[3]++;
        });
        assertEquals(8 + 10_000, seen[3]);
        assertEquals(10_000, seen[0]);
        // about half of the values of each discrete input are 1
        assertTrue(Math.abs(seen[1] - seen[3] / 2.0) < 300);
        assertTrue(Math.abs(seen[2] - seen[3] / 2.0) < 300);
    }

    @Test
    void isDeterministic() {
        PlanCase c = PlanCase.asymmetricReals();
        Network network = Compile.built(c, NetworkOptions.defaults()).network();
        Verification first = NetworkVerifier.verify(network, c.polynomials(), c.space(), 1e-6);
        Verification second = NetworkVerifier.verify(network, c.polynomials(), c.space(), 1e-6);
        assertEquals(first.worstError(), second.worstError(), 0);
        assertArrayEquals(first.worstPoint(), second.worstPoint());
    }

    /** S = sum |c_k| max |m_k| for (x + 2y - 1)(z - x) + x^2 z, x in [0, 5], y in [-1, 2], z in [2, 3]. */
    @Test
    void errorScaleOfTheExpandedPolynomial() {
        PlanCase c = PlanCase.asymmetricReals();
        // xz - x^2 + 2yz - 2xy - z + x + x^2 z
        double s = 5 * 3 + 25 + 2 * 2 * 3 + 2 * 5 * 2 + 3 + 5 + 25 * 3;
        assertEquals(s, ErrorScale.of(c.expanded(), c.space()), 1e-12);
        assertEquals(1, ErrorScale.of(Polynomial.zero(), c.space()));
    }

    private static long pointsChecked(VariableSpace space) {
        NetworkBuilder builder = new NetworkBuilder(space.inputCount());
        builder.linearOutput(new int[0], new double[0], 0);
        return NetworkVerifier.verify(builder.build(), List.of(Polynomial.zero()), space, 1).points();
    }
}
