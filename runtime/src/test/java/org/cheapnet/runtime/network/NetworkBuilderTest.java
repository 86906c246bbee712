package org.cheapnet.runtime.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cheapnet.runtime.Activation;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {

    @Test
    void sourcesMustBeEarlierValues() {
        NetworkBuilder b = new NetworkBuilder(2);
        assertThrows(IllegalArgumentException.class, () -> b.neuron(Activation.SIGMOID, new int[] {2}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> b.linear(new int[] {-1}, new double[] {1}, 0));
        int h = b.neuron(Activation.SIGMOID, new int[] {0, 1}, new double[] {1, 1}, 0);
        assertEquals(2, h);
        assertEquals(3, b.linear(new int[] {h}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> b.output(4));
    }

    @Test
    void rejectsMalformedNodes() {
        NetworkBuilder b = new NetworkBuilder(2);
        assertThrows(IllegalArgumentException.class, () -> b.linear(new int[] {0, 1}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> b.linear(new int[] {0}, new double[] {Double.NaN}, 0));
        assertThrows(IllegalArgumentException.class, () -> b.linear(new int[] {0}, new double[] {1}, Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> b.neuron(null, new int[] {0}, new double[] {1}, 0));
        assertThrows(IllegalStateException.class, b::build, "no outputs");
        assertEquals(2, b.valueCount(), "rejected nodes are not added");
    }

    @Test
    void linearNodesAddNoDepth() {
        NetworkBuilder b = new NetworkBuilder(2);
        int h1 = b.neuron(Activation.TANH, new int[] {0}, new double[] {1}, 0);          // depth 1
        int sum = b.linear(new int[] {h1, 1}, new double[] {2, 3}, 1);                    // depth 1
        int h2 = b.neuron(Activation.SIGMOID, new int[] {sum}, new double[] {1}, 0);      // depth 2
        int constant = b.linear(new int[0], new double[0], 5);                            // depth 0
        b.output(h2).output(constant);
        Network n = b.build();
        assertEquals(0, n.depthOf(0));
        assertEquals(1, n.depthOf(h1));
        assertEquals(1, n.depthOf(sum));
        assertEquals(2, n.depthOf(h2));
        assertEquals(0, n.depthOf(constant));
        assertEquals(2, n.depth());
    }

    @Test
    void countsNeuronsAndWeights() {
        NetworkBuilder b = new NetworkBuilder(3);
        int h1 = b.neuron(Activation.SIGMOID, new int[] {0, 1, 2}, new double[] {1, 0, 2}, 0);
        int h2 = b.neuron(Activation.SIGMOID, new int[] {0}, new double[] {1}, 0);
        int h3 = b.neuron(Activation.EXP, new int[] {1}, new double[] {-1}, 0);
        b.linearOutput(new int[] {h1, h2, h3}, new double[] {1, 1, 1}, 0);
        Network n = b.build();
        assertEquals(3, n.neuronCount());
        assertEquals(4, n.nodeCount());
        assertEquals(7, n.valueCount());
        assertEquals(Map.of(Activation.SIGMOID, 2, Activation.EXP, 1), n.neuronCountByActivation());
        assertEquals(7, n.nonZeroWeights(), "the explicit zero weight is not counted");
        assertEquals(1, n.depth());
        assertTrue(n.isNeuron(0));
        assertFalse(n.isNeuron(3));
        assertArrayEquals(new int[] {0, 1, 2}, n.sources(0));
        assertArrayEquals(new double[] {1, 0, 2}, n.weights(0));
        assertArrayEquals(new int[] {6}, n.outputs());
    }

    @Test
    void builtNetworksDoNotChangeWithTheBuilderOrTheCallersArrays() {
        int[] sources = {0};
        double[] weights = {2};
        NetworkBuilder b = new NetworkBuilder(1);
        b.output(b.linear(sources, weights, 0));
        Network n = b.build();
        sources[0] = 1;
        weights[0] = 3;
        b.output(0);
        assertEquals(1, n.outputCount());
        assertArrayEquals(new double[] {2}, n.weights(0));
        n.weights(0)[0] = 7;
        assertArrayEquals(new double[] {2}, n.weights(0));
    }
}
