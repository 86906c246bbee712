package org.cheapnet.dsl.compiler.poly;

/**
 * The value set of an input variable. The kind fixes the algebra a polynomial may be reduced
 * with: a bit satisfies b^2 = b, a spin satisfies s^2 = 1, a real satisfies nothing.
 */
public enum VariableKind {
    /** A continuous variable in a declared range [lo, hi]. */
    REAL,
    /** A variable taking the values 0 and 1. */
    BIT,
    /** A variable taking the values -1 and +1. */
    SPIN
}
