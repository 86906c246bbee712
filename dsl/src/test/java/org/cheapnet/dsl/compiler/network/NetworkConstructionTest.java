package org.cheapnet.dsl.compiler.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;
import org.junit.jupiter.api.Test;

/** Which gates a plan becomes, what they cost, how linear forms fold into weights, and the depth limit. */
class NetworkConstructionTest {

    private static final NetworkOptions SIGMOID = new NetworkOptions(Activation.SIGMOID, 1e-6, Integer.MAX_VALUE);
    private static final NetworkOptions SOFTPLUS = new NetworkOptions(Activation.SOFTPLUS, 1e-6, Integer.MAX_VALUE);

    @Test
    void aProductIsFourNeuronsAndASquareTwo() {
        NetworkCounts product = Compile.built(PlanCase.product(), SIGMOID).counts();
        assertEquals(Map.of(GateKind.PRODUCT, 1), product.gates());
        assertEquals(4, product.neurons(GateKind.PRODUCT));
        assertEquals(4, product.neurons());
        assertEquals(1, product.depth());
        NetworkCounts square = Compile.built(PlanCase.square(), SIGMOID).counts();
        assertEquals(Map.of(GateKind.SQUARE, 1), square.gates());
        assertEquals(2, square.neurons());
    }

    @Test
    void aBalancedTreeOfEightIsSevenProductsInThreeLayers() {
        NetworkCounts counts = Compile.built(PlanCase.productOfEight(), SIGMOID).counts();
        assertEquals(7, counts.gates(GateKind.PRODUCT));
        assertEquals(28, counts.neurons());
        assertEquals(3, counts.depth());
    }

    /** Sigmoid: a spin product of 2 is 2 neurons, a bit product 1; softplus: product gates instead. */
    @Test
    void discreteProductsAreThresholdGatesOnlyWhenTheActivationSaturates() {
        NetworkCounts ising = Compile.built(PlanCase.ising3x3(), SIGMOID).counts();
        assertEquals(Map.of(GateKind.SPIN_PRODUCT, 18), ising.gates());
        assertEquals(36, ising.neurons());
        assertEquals(1, ising.depth());
        NetworkCounts isingSoftplus = Compile.built(PlanCase.ising3x3(), SOFTPLUS).counts();
        assertEquals(Map.of(GateKind.PRODUCT, 18), isingSoftplus.gates());
        assertEquals(72, isingSoftplus.neurons());

        NetworkCounts bits = Compile.built(PlanCase.cubicOverBits(), SIGMOID).counts();
        assertEquals(Map.of(GateKind.BIT_PRODUCT, 3), bits.gates());
        assertEquals(3, bits.neurons());
        assertEquals(1, bits.depth());
        // b0 b1 b2 and b2 b3 b4 as trees of two products (depth 2), b1 b3 as one
        NetworkCounts bitsSoftplus = Compile.built(PlanCase.cubicOverBits(), SOFTPLUS).counts();
        assertEquals(Map.of(GateKind.PRODUCT, 5), bitsSoftplus.gates());
        assertEquals(20, bitsSoftplus.neurons());
        assertEquals(2, bitsSoftplus.depth());
    }

    @Test
    void aProductOfKSpinsIsKNeurons() {
        VariableSpace space = PlanCase.space(VariableDeclaration.vector("s", VariableKind.SPIN, 5, -1, 1));
        Plan plan = new Plan(5, List.of(new Step.DiscreteProduct(new int[] {0, 2, 3, 4}, true),
                new Step.DiscreteProduct(new int[] {1, 2, 4}, true)), List.of(LinearForm.of(Map.of(5, 1.0, 6, -2.0), 0)));
        Polynomial h = product(0, 2, 3, 4).plus(product(1, 2, 4).times(-2));
        PlanCase c = new PlanCase("spins", space, plan, h);
        CompiledNetwork network = Compile.built(c, SIGMOID);
        assertEquals(Map.of(GateKind.SPIN_PRODUCT, 2), network.counts().gates());
        assertEquals(7, network.counts().neurons());
        assertTrue(NetworkVerifier.verify(network, c.polynomials(), space, 1e-6).passed());
    }

    /**
     * (x + 2y - 1)(z - x) + x^2 z: 10 neurons, exactly the three gates' (4 + 2 + 4), and the first
     * product's neurons read x, y, z directly. With U = 8 (x + 2y - 1 in [-3, 8]) and V = 3
     * (z - x in [-3, 3]), its neuron s(a + l (u/U + v/V)) has weights l (1/8 - 1/3), l 2/8, l/3
     * and bias a - l/8.
     */
    @Test
    void linearFormsFoldIntoTheWeights() {
        PlanCase c = PlanCase.asymmetricReals();
        CompiledNetwork compiled = Compile.built(c, SIGMOID);
        assertEquals(10, compiled.counts().neurons());
        assertEquals(Map.of(GateKind.PRODUCT, 2, GateKind.SQUARE, 1), compiled.counts().gates());
        assertEquals(2, compiled.counts().depth());
        Network network = compiled.network();
        double l = compiled.lambda();
        assertTrue(network.isNeuron(0));
        assertArrayEquals(new int[] {0, 1, 2}, network.sources(0));
        assertArrayEquals(new double[] {l * (1.0 / 8 - 1.0 / 3), l * 2 / 8, l / 3}, network.weights(0), 1e-15);
        assertEquals(Activation.SIGMOID.productBias() - l / 8, network.bias(0), 1e-15);
        assertEquals(compiled.counts().nonZeroWeights(), network.nonZeroWeights());
    }

    @Test
    void depthOneBuildsTheFlatNetworkOfAProductOfFourReals() {
        PlanCase c = PlanCase.productTree("prod of 4", 4, -1, 2);
        double tolerance = 1e-4;
        CompiledNetwork network = Compile.built(c, new NetworkOptions(Activation.SIGMOID, tolerance, 1));
        assertTrue(network.flat());
        assertEquals(Map.of(GateKind.FLAT_PRODUCT, 1), network.counts().gates());
        assertEquals(16, network.counts().neurons());
        assertEquals(1, network.counts().depth());
        Verification verification = NetworkVerifier.verify(network, c.polynomials(), c.space(), tolerance);
        assertTrue(verification.passed(), () -> "worst " + verification.worstError());
        assertTrue(verification.worstError() <= network.predictedError());
    }

    /** x^3 y: a flat product of x, x, x, y (16 neurons), from a plan x^2 -> x^3 -> x^3 y of depth 3. */
    @Test
    void depthOneTurnsPowersIntoRepeatedInputs() {
        VariableSpace space = PlanCase.space(PlanCase.real("x", -1, 1), PlanCase.real("y", 0, 2));
        Plan plan = new Plan(2, List.of(new Step.Product(PlanCase.v(0), PlanCase.v(0)),
                new Step.Product(PlanCase.v(2), PlanCase.v(0)), new Step.Product(PlanCase.v(3), PlanCase.v(1))),
                List.of(PlanCase.v(4)));
        PlanCase c = new PlanCase("x^3 y", space, plan, PlanCase.atom(0).pow(3).times(PlanCase.atom(1)));
        double tolerance = 1e-4;
        CompiledNetwork network = Compile.built(c, new NetworkOptions(Activation.TANH, tolerance, 1));
        assertEquals(16, network.counts().neurons(GateKind.FLAT_PRODUCT));
        assertEquals(1, network.counts().depth());
        assertTrue(NetworkVerifier.verify(network, c.polynomials(), space, tolerance).passed());
    }

    @Test
    void depthOneKeepsAPlanThatIsAlreadyFlat() {
        CompiledNetwork network = Compile.built(PlanCase.ising3x3(), new NetworkOptions(Activation.SIGMOID, 1e-6, 1));
        assertFalse(network.flat());
        assertEquals(36, network.counts().neurons());
    }

    @Test
    void aDepthLimitAboveOneThatThePlanExceedsGetsTheFlatNetwork() {
        // the plan of a product of 8 needs 3 layers; @depth(2) gets the one-layer network of 2^8 neurons
        PlanCase c = PlanCase.productOfEight();
        CompiledNetwork shallow = Compile.built(c, new NetworkOptions(Activation.SIGMOID, 0.05, 2));
        assertTrue(shallow.flat());
        assertEquals(1, shallow.counts().depth());
        assertEquals(256, shallow.counts().neurons());
        assertEquals(3, Compile.built(c, new NetworkOptions(Activation.SIGMOID, 1e-6, 3)).counts().depth());
    }

    @Test
    void aFlatProductOfMoreThanTenFactorsIsReported() {
        int n = 11;
        VariableSpace space = PlanCase.space(VariableDeclaration.vector("x", VariableKind.REAL, n, -1, 1));
        List<Step> chain = new ArrayList<>();
        chain.add(new Step.Product(PlanCase.v(0), PlanCase.v(1)));
        for (int i = 2; i < n; i++) {
            chain.add(new Step.Product(PlanCase.v(n + i - 2), PlanCase.v(i)));
        }
        Plan plan = new Plan(n, chain, List.of(PlanCase.v(n + chain.size() - 1)));
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        PlanCase c = new PlanCase("prod of 11", space, plan, product(all));
        NetworkCompilation flat = new NetworkCompiler(space, new NetworkOptions(Activation.SIGMOID, 1e-6, 1))
                .compile(plan, c.polynomials());
        assertTrue(assertInstanceOf(NetworkCompilation.Unsupported.class, flat).message().contains("11 factors"));
        assertEquals(n - 1, Compile.built(c, SIGMOID).counts().depth());
    }

    /** The flat count, by hand: 2^n per monomial of n >= 2 real factors, 1 per bit product, k per spin product. */
    @Test
    void flatNeuronCountWithoutBuilding() {
        assertEquals(256, flatCount(PlanCase.productOfEight(), Activation.SIGMOID));
        assertEquals(36, flatCount(PlanCase.ising3x3(), Activation.SIGMOID));
        assertEquals(72, flatCount(PlanCase.ising3x3(), Activation.SOFTPLUS));
        assertEquals(3, flatCount(PlanCase.cubicOverBits(), Activation.SIGMOID));
        assertEquals(8 + 4 + 8, flatCount(PlanCase.cubicOverBits(), Activation.SOFTPLUS));
        // xz - x^2 + 2yz - 2xy - z + x + x^2 z: four monomials of degree 2, one of degree 3
        assertEquals(4 * 4 + 8, flatCount(PlanCase.asymmetricReals(), Activation.SIGMOID));
    }

    /** Two outputs sharing a gate: x y and x y + x^2. */
    @Test
    void severalOutputsShareGates() {
        VariableSpace space = PlanCase.space(PlanCase.real("x", -2, 1), PlanCase.real("y", -1, 3));
        Plan plan = new Plan(2, List.of(new Step.Product(PlanCase.v(0), PlanCase.v(1)),
                new Step.Product(PlanCase.v(0), PlanCase.v(0))),
                List.of(PlanCase.v(2), LinearForm.of(Map.of(2, 1.0, 3, 1.0), 0)));
        Polynomial xy = PlanCase.atom(0).times(PlanCase.atom(1));
        List<Polynomial> outputs = List.of(xy, xy.plus(PlanCase.atom(0).pow(2)));
        double tolerance = 1e-6;
        CompiledNetwork network = Compile.built(new NetworkCompiler(space, new NetworkOptions(Activation.SIGMOID, tolerance,
                Integer.MAX_VALUE)).compile(plan, outputs));
        assertEquals(2, network.network().outputCount());
        assertEquals(6, network.counts().neurons());
        Verification verification = NetworkVerifier.verify(network, outputs, space, tolerance);
        assertTrue(verification.passed());
        assertTrue(verification.worstError() <= network.predictedError());
    }

    private static long flatCount(PlanCase c, Activation activation) {
        return new NetworkCompiler(c.space(), new NetworkOptions(activation, 1e-6, Integer.MAX_VALUE)).flatNeuronCount(c.expanded());
    }

    private static Polynomial product(int... atoms) {
        Polynomial p = Polynomial.constant(1);
        for (int atom : atoms) {
            p = p.times(PlanCase.atom(atom));
        }
        return p;
    }
}
