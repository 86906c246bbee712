package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PolynomialTest {

    private final Random random = new Random(20240611);

    /** A 2x3 open lattice of spins, then two bits and two reals. */
    private final LatticeGeometry grid = new LatticeGeometry("grid", new int[] {2, 3}, false);
    private final VariableSpace space = new VariableSpace(List.of(
            VariableDeclaration.onLattice("s", VariableKind.SPIN, grid, -1, 1),
            VariableDeclaration.vector("b", VariableKind.BIT, 2, 0, 1),
            VariableDeclaration.vector("x", VariableKind.REAL, 2, -1, 1)));

    private Polynomial x(int atom) {
        return Polynomial.atom(atom);
    }

    /** A random polynomial over the given atoms with exponents up to maxExponent. */
    private Polynomial randomPolynomial(int atomCount, int terms, int maxDegree, boolean integerCoefficients) {
        PolynomialBuilder builder = new PolynomialBuilder();
        for (int t = 0; t < terms; t++) {
            int factors = random.nextInt(maxDegree + 1);
            int[] atoms = new int[factors];
            int[] exponents = new int[factors];
            for (int f = 0; f < factors; f++) {
                atoms[f] = random.nextInt(atomCount);
                exponents[f] = 1 + random.nextInt(3);
            }
            double c = integerCoefficients ? random.nextInt(7) - 3 : random.nextGaussian();
            builder.add(Monomial.of(atoms, exponents), c);
        }
        return builder.build();
    }

    private double[] randomPoint(int atomCount) {
        double[] point = new double[atomCount];
        for (int i = 0; i < atomCount; i++) {
            point[i] = 2 * random.nextDouble() - 1;
        }
        return point;
    }

    @Test
    void reduceKeepsTheValueOnEverySpinAndBitState() {
        // 6 spins + 2 bits: all 256 states; the reals are fixed at a random point
        for (int trial = 0; trial < 20; trial++) {
            Polynomial p = randomPolynomial(space.inputCount(), 30, 4, false);
            Polynomial reduced = p.reduce(space);
            for (Monomial m : reduced.monomials()) {
                for (int k = 0; k < m.size(); k++) {
                    if (space.kind(m.atom(k)) != VariableKind.REAL) {
                        assertEquals(1, m.exponent(k), () -> "not reduced: " + m);
                    }
                }
            }
            double[] point = randomPoint(space.inputCount());
            for (int state = 0; state < 1 << 8; state++) {
                for (int i = 0; i < 6; i++) {
                    point[i] = (state >> i & 1) == 1 ? 1 : -1;
                }
                point[6] = state >> 6 & 1;
                point[7] = state >> 7 & 1;
                assertEquals(p.evaluate(point), reduced.evaluate(point), 1e-12 * (1 + Math.abs(p.evaluate(point))));
            }
        }
    }

    @Test
    void reduceAppliesTheAlgebraOfKinds() {
        Polynomial spinSquared = x(0).pow(2).reduce(space);
        assertEquals(Polynomial.constant(1), spinSquared);
        assertEquals(x(0), x(0).pow(5).reduce(space));
        assertEquals(x(6), x(6).pow(3).reduce(space));
        assertEquals(x(8).pow(3), x(8).pow(3).reduce(space));
        // s0 s1 + s0^3 s1 = 2 s0 s1; s0^2 - 1 = 0
        Polynomial p = x(0).times(x(1)).plus(x(0).pow(3).times(x(1))).plus(x(0).pow(2)).minus(Polynomial.constant(1));
        assertEquals(x(0).times(x(1)).times(2), p.reduce(space));
        Polynomial reduced = p.reduce(space);
        assertSame(reduced, reduced.reduce(space));
    }

    @Test
    void productEvaluatesToTheProductOfValues() {
        for (int trial = 0; trial < 50; trial++) {
            Polynomial p = randomPolynomial(5, 8, 3, false);
            Polynomial q = randomPolynomial(5, 8, 3, false);
            double[] point = randomPoint(5);
            double expected = p.evaluate(point) * q.evaluate(point);
            assertEquals(expected, p.times(q).evaluate(point), 1e-9 * (1 + Math.abs(expected)));
            double sum = p.evaluate(point) + q.evaluate(point);
            assertEquals(sum, p.plus(q).evaluate(point), 1e-12 * (1 + Math.abs(sum)));
            double difference = p.evaluate(point) - q.evaluate(point);
            assertEquals(difference, p.minus(q).evaluate(point), 1e-12 * (1 + Math.abs(difference)));
        }
    }

    @Test
    void powerEqualsRepeatedMultiplication() {
        // integer coefficients: every product is exact, so both ways give identical polynomials
        for (int trial = 0; trial < 10; trial++) {
            Polynomial p = randomPolynomial(3, 4, 2, true);
            Polynomial repeated = Polynomial.constant(1);
            for (int e = 0; e <= 6; e++) {
                assertEquals(repeated, p.pow(e), "exponent " + e);
                repeated = repeated.times(p);
            }
        }
        assertEquals(Polynomial.constant(1), Polynomial.zero().pow(0));
        assertTrue(Polynomial.zero().pow(3).isZero());
        assertThrows(IllegalArgumentException.class, () -> x(0).pow(-1));
    }

    @Test
    void binomialExpansion() {
        Polynomial sum = x(0).plus(x(1));
        Polynomial cube = sum.pow(3);
        assertEquals(4, cube.termCount());
        assertEquals(3, cube.coefficient(Monomial.of(0, 2).times(Monomial.of(1))));
        assertEquals(1, cube.coefficient(Monomial.of(1, 3)));
        assertEquals(3, cube.degree());
    }

    @Test
    void sumsDropCancelledTerms() {
        Polynomial p = x(0).plus(x(1).times(2));
        assertTrue(p.minus(p).isZero());
        assertEquals(x(1).times(2), p.minus(x(0)));
        assertEquals(p.times(-1), p.negate());
        assertTrue(p.times(0).isZero());
        assertEquals(0, Polynomial.constant(0).termCount());
    }

    @Test
    void accessorsDescribeTheTerms() {
        Polynomial p = Polynomial.constant(2.5).plus(x(3).times(x(1))).minus(x(2).pow(2).times(x(0)).times(4));
        assertEquals(3, p.termCount());
        assertEquals(2.5, p.constantTerm());
        assertEquals(3, p.degree());
        assertEquals(-4, p.coefficient(Monomial.of(0).times(Monomial.of(2, 2))));
        assertEquals(0, p.coefficient(Monomial.of(7)));
        assertEquals(Set.of(0, 1, 2, 3), p.atoms());
        assertEquals(List.of(0, 1, 2, 3), new ArrayList<>(p.atoms()));
        assertFalse(p.isConstant());
        assertTrue(Polynomial.constant(3).isConstant());
        assertTrue(Polynomial.zero().isConstant());
        assertEquals(0, Polynomial.constant(3).degree());
        assertEquals(4, p.maxAbsCoefficient());
        List<Monomial> monomials = p.monomials();
        for (int i = 1; i < monomials.size(); i++) {
            assertTrue(monomials.get(i - 1).compareTo(monomials.get(i)) < 0);
        }
        assertThrows(UnsupportedOperationException.class, () -> p.monomials().clear());
    }

    @Test
    void substituteReplacesAtomsByPolynomials() {
        // p = 3 x0^2 x1 + x2, with x0 -> (x3 + 1), x2 -> 0, x1 kept
        Polynomial p = x(0).pow(2).times(x(1)).times(3).plus(x(2));
        Polynomial substituted = p.substitute(atom -> atom == 0 ? x(3).plus(Polynomial.constant(1))
                : atom == 2 ? Polynomial.zero() : null);
        Polynomial expected = x(3).plus(Polynomial.constant(1)).pow(2).times(x(1)).times(3);
        assertEquals(expected, substituted);
        for (int trial = 0; trial < 20; trial++) {
            double[] point = randomPoint(4);
            double[] before = point.clone();
            before[0] = point[3] + 1;
            before[2] = 0;
            assertEquals(p.evaluate(before), substituted.evaluate(point), 1e-12);
        }
    }

    @Test
    void mapAtomsAddsTermsThatMeet() {
        Polynomial p = x(0).times(x(1)).plus(x(1).times(x(2)).times(2));
        Polynomial mapped = p.mapAtoms(atom -> atom == 2 ? 0 : atom);
        assertEquals(x(0).times(x(1)).times(3), mapped);
    }

    @Test
    void withoutZerosDropsSmallCoefficients() {
        Polynomial p = x(0).times(1e-14).plus(x(1)).plus(x(2).times(-1e-13));
        assertEquals(x(1), p.withoutZeros(1e-12));
        assertSame(p, p.withoutZeros(0));
    }

    @Test
    void printsOneTermPerLineWithAtomIds() {
        Polynomial p = Polynomial.constant(-1).plus(x(2).pow(2).times(x(0)).times(0.5));
        assertEquals("-1\n0.5 #0*#2^2\n", p.toString());
    }
}
