package org.cheapnet.dsl.compiler.driver;

/** The compiler's passes after lowering, in the order the driver runs them (DESIGN.md, pipeline). */
public enum Phase {
    /** AST to polynomial IR (with its validation). */
    LOWER,
    /** Polynomials to a straight-line plan of few products. */
    PLAN,
    /** Plan to a network of gates, lambda and beta from the tolerance. */
    BUILD,
    /** Network against the exact polynomial on the declared domain. */
    VERIFY
}
