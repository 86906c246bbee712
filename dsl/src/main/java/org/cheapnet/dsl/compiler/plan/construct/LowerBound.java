package org.cheapnet.dsl.compiler.plan.construct;

/**
 * A proven lower bound on the number of non-scalar multiplications of any straight-line program
 * with free linear combinations that computes a polynomial.
 *
 * @param multiplications the bound
 * @param argument        the argument that proves it: "degree", "inertia" or "substitution"
 */
public record LowerBound(int multiplications, String argument) {
}
