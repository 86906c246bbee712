package org.cheapnet.runtime;

/** The kind of an input variable: a real in a range, a bit in {0, 1}, or a spin in {-1, +1}. */
public enum VariableKind {
    REAL,
    BIT,
    SPIN
}
