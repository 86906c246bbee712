package org.cheapnet.runtime.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.ProductGate;
import org.cheapnet.runtime.gate.SpinProductGate;
import org.cheapnet.runtime.gate.SquareGate;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static final double A = Math.log(2 + Math.sqrt(3));
    private static final double LAMBDA = 0.05;

    /** x*y by hand: four sigmoid neurons s(a +- l(x +- y)) and a linear read-out, weights written out here. */
    private static Network handBuiltProduct() {
        double curvature = -1 / (6 * Math.sqrt(3));   // sigma''(ln(2 + sqrt 3))
        double w = 1 / (4 * LAMBDA * LAMBDA * curvature);
        NetworkBuilder b = new NetworkBuilder(2);
        int[] xy = {0, 1};
        int p1 = b.neuron(Activation.SIGMOID, xy, new double[] {LAMBDA, LAMBDA}, A);
        int p2 = b.neuron(Activation.SIGMOID, xy, new double[] {-LAMBDA, -LAMBDA}, A);
        int m1 = b.neuron(Activation.SIGMOID, xy, new double[] {LAMBDA, -LAMBDA}, A);
        int m2 = b.neuron(Activation.SIGMOID, xy, new double[] {-LAMBDA, LAMBDA}, A);
        b.linearOutput(new int[] {p1, p2, m1, m2}, new double[] {w, w, -w, -w}, 0);
        return b.build();
    }

    @Test
    void handBuiltProductEvaluatesLikeTheGate() {
        Network network = handBuiltProduct();
        Interpreter interpreter = new Interpreter(network);
        ProductGate gate = new ProductGate(Activation.SIGMOID, LAMBDA);
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            double x = 2 * random.nextDouble() - 1;
            double y = 2 * random.nextDouble() - 1;
            double out = interpreter.evaluate(new double[] {x, y})[0];
            assertEquals(gate.apply(x, y), out, 1e-12);
            assertEquals(x * y, out, 1e-3);
        }
        assertEquals(4, network.neuronCount());
        assertEquals(1, network.depth());
        assertEquals(12, network.nonZeroWeights());
    }

    /** (xy)^2 from an emitted product gate feeding an emitted square gate: two hidden layers. */
    @Test
    void emittedGatesComposeIntoADeeperNetwork() {
        ProductGate product = new ProductGate(Activation.GELU, 0.01);
        SquareGate square = new SquareGate(Activation.GELU, 0.01);
        NetworkBuilder b = new NetworkBuilder(2);
        int xy = product.emit(b, 0, 1);
        b.output(square.emit(b, xy));
        Network network = b.build();
        assertEquals(6, network.neuronCount());
        assertEquals(2, network.depth());
        Interpreter interpreter = new Interpreter(network);
        // relative errors compose to first order: squaring doubles the product's, the square adds its own
        double bound = 2 * product.relativeErrorBound(1, 1) + square.relativeErrorBound(1);
        for (double x = -1; x <= 1; x += 0.125) {
            for (double y = -1; y <= 1; y += 0.125) {
                double exact = x * x * y * y;
                assertEquals(exact, interpreter.evaluate(new double[] {x, y})[0], 1.05 * bound * exact + 1e-9);
            }
        }
    }

    @Test
    void batchEqualsPerSampleRowByRow() {
        Network network = twoOutputNetwork();
        Interpreter interpreter = new Interpreter(network);
        Random random = new Random(9);
        DMatrixRMaj xs = new DMatrixRMaj(50, 3);
        for (int i = 0; i < xs.data.length; i++) {
            xs.data[i] = random.nextBoolean() ? 1 : -1;
        }
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        interpreter.evaluate(xs, out);
        assertEquals(50, out.numRows);
        assertEquals(2, out.numCols);
        Workspace workspace = interpreter.newWorkspace();
        double[] row = new double[3];
        double[] single = new double[2];
        for (int r = 0; r < xs.numRows; r++) {
            System.arraycopy(xs.data, 3 * r, row, 0, 3);
            interpreter.evaluate(row, single, workspace);
            assertArrayEquals(single, new double[] {out.get(r, 0), out.get(r, 1)}, 0.0, "row " + r);
            assertEquals(row[0] * row[1] * row[2], single[0], 1e-7);
            assertEquals(row[0] + 2 * row[2] - 1, single[1], 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> interpreter.evaluate(xs, xs));
    }

    /** Output 0: s0 s1 s2 through a spin gate; output 1: the free linear form s0 + 2 s2 - 1. */
    private static Network twoOutputNetwork() {
        NetworkBuilder b = new NetworkBuilder(3);
        b.output(new SpinProductGate(Activation.SIGMOID, 3, 40).emit(b, 0, 1, 2));
        b.linearOutput(new int[] {0, 2}, new double[] {1, 2}, -1);
        return b.build();
    }

    @Test
    void eightThreadsAtOnceGiveTheSingleThreadedResults() throws Exception {
        Interpreter interpreter = new Interpreter(handBuiltProduct());
        int perThread = 2000;
        double[][] inputs = new double[8 * perThread][];
        double[] expected = new double[inputs.length];
        Random random = new Random(10);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new double[] {2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1};
            expected[i] = interpreter.evaluate(inputs[i])[0];
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t * perThread;
                boolean sharedWorkspacePerThread = t % 2 == 0;
                Callable<double[]> task = () -> evaluateRange(interpreter, inputs, first, perThread, sharedWorkspacePerThread);
                futures.add(pool.submit(task));
            }
            for (int t = 0; t < 8; t++) {
                double[] got = futures.get(t).get();
                for (int i = 0; i < perThread; i++) {
                    assertEquals(expected[t * perThread + i], got[i], 0.0);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Evaluates inputs[first .. first+count), reusing one workspace per thread or allocating per call. */
    private static double[] evaluateRange(Interpreter interpreter, double[][] inputs, int first, int count, boolean reuse) {
        double[] results = new double[count];
        Workspace workspace = interpreter.newWorkspace();
        double[] out = new double[1];
        for (int i = 0; i < count; i++) {
            if (reuse) {
                interpreter.evaluate(inputs[first + i], out, workspace);
                results[i] = out[0];
            } else {
                results[i] = interpreter.evaluate(inputs[first + i])[0];
            }
        }
        return results;
    }

    @Test
    void rejectsWrongSizes() {
        Interpreter interpreter = new Interpreter(handBuiltProduct());
        assertThrows(IllegalArgumentException.class, () -> interpreter.evaluate(new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> interpreter.evaluate(new double[2], new double[2], interpreter.newWorkspace()));
        Interpreter other = new Interpreter(twoOutputNetwork());
        assertThrows(IllegalArgumentException.class,
                () -> interpreter.evaluate(new double[2], new double[1], other.newWorkspace()));
        assertThrows(IllegalArgumentException.class, () -> interpreter.evaluate(new DMatrixRMaj(4, 3), new DMatrixRMaj(4, 1)));
    }
}
