package org.cheapnet.dsl.compiler.plan.construct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.junit.jupiter.api.Test;

/** Lower bounds on known cases, and never above a verified construction. */
class LowerBoundsTest {

    private static Polynomial product(int n) {
        int[] atoms = new int[n];
        int[] ones = new int[n];
        for (int i = 0; i < n; i++) {
            atoms[i] = i;
            ones[i] = 1;
        }
        return Polynomial.monomial(Monomial.of(atoms, ones), 3);
    }

    @Test
    void degree() {
        assertEquals(new LowerBound(4, "degree"), LowerBounds.of(Polynomial.monomial(Monomial.of(0, 16), 1), 1));
        assertEquals(new LowerBound(5, "degree"), LowerBounds.of(Polynomial.monomial(Monomial.of(0, 17), 1), 1));
        assertEquals(new LowerBound(0, "degree"), LowerBounds.of(Polynomial.atom(0).plus(Polynomial.constant(1)), 1));
    }

    @Test
    void productsOfDistinctVariables() {
        for (int n : new int[] { 4, 5, 8, 16, 32 }) { // n - 1 > ceil(log2 n)
            Polynomial p = product(n).plus(Polynomial.atom(0)).plus(Polynomial.constant(2));
            assertEquals(new LowerBound(n - 1, "substitution"), LowerBounds.of(p, n));
        }
        // x0^3 x1^2 x2: three variables
        Polynomial m = Polynomial.monomial(Monomial.of(new int[] { 0, 1, 2 }, new int[] { 3, 2, 1 }), 1);
        assertEquals(2, LowerBounds.substitutionBound(m));
    }

    @Test
    void quadraticFormsAreExact() {
        // x0 x1: inertia (1, 1), one product (every argument gives 1)
        Polynomial xy = Polynomial.monomial(Monomial.of(new int[] { 0, 1 }, new int[] { 1, 1 }), 1);
        assertEquals(1, LowerBounds.of(xy, 2).multiplications());
        assertEquals(1, LowerBounds.inertiaBound(xy, 2));
        // sum of n squares: n
        Polynomial squares = Polynomial.zero();
        for (int i = 0; i < 6; i++) {
            squares = squares.plus(Polynomial.monomial(Monomial.of(i, 2), i + 1));
        }
        assertEquals(new LowerBound(6, "inertia"), LowerBounds.of(squares, 6));
        // Ising 6 x 6: 13 = max(p, q) of the adjacency form (closed form in QuadraticFormsTest)
        assertEquals(new LowerBound(13, "inertia"), LowerBounds.of(Families.ising(6, 1), 36));
    }

    @Test
    void phi4NeedsOneProductPerSite() {
        // quadratic part: (1 + m2/2) - cos(2 pi k / N) > 0 for every mode, so p = N
        for (int n : new int[] { 8, 16 }) {
            assertEquals(new LowerBound(n, "inertia"), LowerBounds.of(Families.phi4(1, n, 1, 1), n));
        }
    }

    @Test
    void neverAboveAConstruction() {
        Random random = new Random(9);
        for (int trial = 0; trial < 12; trial++) {
            int n = 2 + random.nextInt(2);
            Polynomial p = Families.dense(n, 3 + random.nextInt(2), trial);
            Plan plan = QuadraticLift.of(p, n).orElseThrow();
            assertTrue(LowerBounds.of(p, n).multiplications() <= plan.multiplications());
        }
        for (int d = 2; d < 30; d++) {
            Polynomial p = Families.dense(1, d, d);
            assertTrue(LowerBounds.of(p, 1).multiplications() <= PatersonStockmeyer.of(p, 1).orElseThrow().multiplications());
        }
    }
}
