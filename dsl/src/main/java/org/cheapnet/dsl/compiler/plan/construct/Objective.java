package org.cheapnet.dsl.compiler.plan.construct;

/**
 * What a construction minimises when it has a choice. A product gate costs 4 neurons, a square
 * gate 2; a form of inertia (p, q) costs max(p, q) products when a positive square is paired
 * with a negative one, or p + q squarings.
 */
public enum Objective {
    /** Fewest non-scalar multiplications M: pair squares of opposite sign into products. */
    MULTIPLICATIONS,
    /** Only squarings (each a 2-neuron square gate), p + q of them. */
    NEURONS
}
