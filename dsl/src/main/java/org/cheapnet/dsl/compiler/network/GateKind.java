package org.cheapnet.dsl.compiler.network;

/** The gates a network is made of (the runtime's gate library, DESIGN.md's table). */
public enum GateKind {
    /** u v with 4 neurons ({@link org.cheapnet.runtime.gate.ProductGate}). */
    PRODUCT(true),
    /** x^2 with 2 neurons ({@link org.cheapnet.runtime.gate.SquareGate}). */
    SQUARE(true),
    /** x_1 ... x_n in one layer of 2^n neurons ({@link org.cheapnet.runtime.gate.FlatProductGate}). */
    FLAT_PRODUCT(true),
    /** A product of k bits with 1 neuron ({@link org.cheapnet.runtime.gate.BitProductGate}). */
    BIT_PRODUCT(false),
    /** A product of k spins with k neurons ({@link org.cheapnet.runtime.gate.SpinProductGate}). */
    SPIN_PRODUCT(false);

    private final boolean smooth;

    GateKind(boolean smooth) {
        this.smooth = smooth;
    }

    /** True for the lambda-scaled gates (error O(lambda^2)), false for the threshold gates (error O(e^(-beta/2))). */
    public boolean smooth() {
        return smooth;
    }

    /** The neurons of one gate of this kind with the given number of operands. */
    public long neurons(int arity) {
        return switch (this) {
            case PRODUCT -> 4;
            case SQUARE -> 2;
            case FLAT_PRODUCT -> arity >= Long.SIZE - 1 ? Long.MAX_VALUE : 1L << arity;
            case BIT_PRODUCT -> 1;
            case SPIN_PRODUCT -> arity;
        };
    }
}
