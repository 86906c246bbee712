package org.cheapnet.dsl.lang;

import java.util.List;

/** The lattice shapes of the language and their dimensions. */
public final class LatticeShapes {
    public static final List<String> NAMES = List.of("chain", "square", "cubic");

    private LatticeShapes() {
    }

    /** 1 for chain, 2 for square, 3 for cubic; -1 for anything else. */
    public static int dimension(String shape) {
        int i = shape == null ? -1 : NAMES.indexOf(shape);
        return i < 0 ? -1 : i + 1;
    }
}
