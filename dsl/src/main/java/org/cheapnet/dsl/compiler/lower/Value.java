package org.cheapnet.dsl.compiler.lower;

import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.ham.Lattice;

/** What an expression evaluates to while lowering: a number, a site tuple, a polynomial, or a lattice (as a domain). */
sealed interface Value {

    /** A compile-time number: a literal, a param, a range index, or arithmetic of those. */
    record Scalar(double value) implements Value {
    }

    /** A site or offset tuple such as a, (1, 0) or 2*c; a chain site is a 1-tuple. */
    record Site(int[] coordinates) implements Value {
        int dimension() {
            return coordinates.length;
        }
    }

    /** A polynomial in the model's atoms (inputs and let instances). */
    record Poly(Polynomial polynomial) implements Value {
    }

    /** A lattice named where a domain is expected: sum(a in grid). */
    record LatticeRef(Lattice lattice) implements Value {
    }
}
