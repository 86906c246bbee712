package org.cheapnet.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The interfaces' default methods, on tiny hand-written implementations. */
class CompiledModelsTest {

    private static final ModelInfo INFO = ModelInfo.builder().model("M").name("H")
            .variable(VariableLayout.real("x", Shape.vector(2), 0, -1, 1)).build();

    /** H(x) = x0 x1, with a "network" that is exact. */
    private static final CompiledHamiltonian PRODUCT = new CompiledHamiltonian() {
        @Override
        public ModelInfo info() {
            return INFO;
        }

        @Override
        public double energy(double[] x) {
            return x[0] * x[1];
        }

        @Override
        public double network(double[] x) {
            return x[0] * x[1];
        }
    };

    @Test
    void batchDefaultEvaluatesEachRow() {
        DMatrixRMaj xs = new DMatrixRMaj(new double[][] {{1, 2}, {-0.5, 4}, {3, 0}});
        double[] out = new double[3];
        PRODUCT.network(xs, out);
        assertArrayEquals(new double[] {2, -2, 0}, out, 0);
    }

    @Test
    void classifierDefaultsUseSoftmaxAndArgMax() {
        CompiledClassifier classifier = new CompiledClassifier() {
            @Override
            public ModelInfo info() {
                return INFO;
            }

            @Override
            public double[] logits(double[] x) {
                return new double[] {-x[0], x[0], 0};
            }
        };
        double[] p = classifier.probabilities(new double[] {1, 0});
        double z = Math.exp(-1) + Math.exp(1) + 1;
        assertArrayEquals(new double[] {Math.exp(-1) / z, Math.exp(1) / z, 1 / z}, p, 1e-15);
        assertEquals(1, classifier.classify(new double[] {1, 0}));
        assertEquals(0, classifier.classify(new double[] {-1, 0}));
    }
}
