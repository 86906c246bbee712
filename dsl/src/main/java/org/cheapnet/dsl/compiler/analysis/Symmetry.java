package org.cheapnet.dsl.compiler.analysis;

import java.util.Locale;

/** The symmetries {@code @symmetric(...)} may claim. */
public enum Symmetry {
    /** Shifts along the periodic axes of lattices. */
    TRANSLATION,
    /** Spins and reals change sign, bits b -> 1-b. */
    FLIP,
    /** Mirrors x -> n-1-x along each lattice axis. */
    REFLECTION,
    /** 90-degree rotations of square and cubic lattices. */
    ROTATION,
    /** Relabelling the indices of vector variables. */
    PERMUTATION;

    /** The name as written in the language, e.g. "translation". */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The symmetry written so in the language ("translation", case-sensitive), null if unknown. */
    public static Symmetry byName(String name) {
        for (Symmetry symmetry : values()) {
            if (symmetry.keyword().equals(name)) {
                return symmetry;
            }
        }
        return null;
    }
}
