package org.cheapnet.dsl.compiler.plan;

/**
 * One non-linear step of a plan; everything between steps is linear and free.
 * <ul>
 * <li>{@link Product}: the product of two linear forms (a squaring when they are equal): one
 * multiplication, a product gate (4 neurons) or a square gate (2 neurons) in the network;</li>
 * <li>{@link DiscreteProduct}: the product of k >= 2 distinct bit or spin inputs, computed by a
 * threshold gate (1 neuron for bits, k for spins) where that needs fewer neurons. It counts
 * k - 1 multiplications, as the anchors' rule would for the same product.</li>
 * </ul>
 */
public sealed interface Step permits Step.Product, Step.DiscreteProduct {

    /** Multiplications this step stands for under the anchors' counting rule. */
    int multiplications();

    /** The largest plan value it reads. */
    int lastOperand();

    record Product(LinearForm left, LinearForm right) implements Step {
        public boolean isSquare() {
            return left.equals(right);
        }

        @Override
        public int multiplications() {
            return 1;
        }

        @Override
        public int lastOperand() {
            return Math.max(left.lastValue(), right.lastValue());
        }
    }

    /** @param inputs strictly increasing input value ids, all bits or all spins; @param spins which */
    record DiscreteProduct(int[] inputs, boolean spins) implements Step {
        @Override
        public int multiplications() {
            return inputs.length - 1;
        }

        @Override
        public int lastOperand() {
            return inputs[inputs.length - 1];
        }
    }
}
