package org.cheapnet.dsl.compiler.lower;

import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * A hamiltonian after lowering: as a polynomial over inputs and let instances (the composition
 * kept as a DAG, see {@link LoweredModel#lets()}), and with every let inlined and reduced.
 *
 * @param name      MODEL.NAME
 * @param withLets  reduced, lets kept as atoms
 * @param expanded  lets inlined, reduced: the polynomial every check and the expand command see
 */
public record LoweredHamiltonian(String name, Polynomial withLets, Polynomial expanded) {
}
