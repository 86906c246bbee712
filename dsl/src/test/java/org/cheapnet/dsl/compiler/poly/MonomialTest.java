package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MonomialTest {

    @Test
    void ofSortsMergesAndDropsZeroExponents() {
        Monomial m = Monomial.of(new int[] {5, 2, 5, 7, 1}, new int[] {1, 2, 3, 0, 1});
        assertEquals(3, m.size());
        assertEquals(1, m.atom(0));
        assertEquals(2, m.atom(1));
        assertEquals(5, m.atom(2));
        assertEquals(4, m.exponentOf(5));
        assertEquals(0, m.exponentOf(7));
        assertEquals(7, m.degree());
        assertEquals("#1*#2^2*#5^4", m.toString());
        assertSame(Monomial.ONE, Monomial.of(new int[] {3}, new int[] {0}));
        assertSame(Monomial.ONE, Monomial.of(4, 0));
        assertThrows(IllegalArgumentException.class, () -> Monomial.of(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Monomial.of(-1));
    }

    @Test
    void equalMonomialsHaveEqualHashes() {
        Monomial a = Monomial.of(new int[] {3, 1}, new int[] {1, 2});
        Monomial b = Monomial.of(1, 2).times(Monomial.of(3));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Monomial.of(1).times(Monomial.of(3)));
    }

    @Test
    void timesAddsExponents() {
        Monomial a = Monomial.of(new int[] {0, 2, 4}, new int[] {1, 1, 2});
        Monomial b = Monomial.of(new int[] {1, 2, 5}, new int[] {3, 2, 1});
        assertEquals(Monomial.of(new int[] {0, 1, 2, 4, 5}, new int[] {1, 3, 3, 2, 1}), a.times(b));
        assertEquals(a.times(b), b.times(a));
        assertSame(a, a.times(Monomial.ONE));
        assertTrue(Monomial.ONE.isConstant());
    }

    @Test
    void canonicalOrderIsGradedLexicographic() {
        // by degree; within a degree, a higher power of an earlier atom first: x^2, x*y, x*z, y^2
        List<Monomial> expected = List.of(
                Monomial.ONE,
                Monomial.of(0),
                Monomial.of(3),
                Monomial.of(0, 2),
                Monomial.of(0).times(Monomial.of(1)),
                Monomial.of(0).times(Monomial.of(2)),
                Monomial.of(1, 2),
                Monomial.of(0).times(Monomial.of(1)).times(Monomial.of(2)));
        List<Monomial> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(1));
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
        assertEquals(0, Monomial.of(2, 3).compareTo(Monomial.of(new int[] {2, 2}, new int[] {1, 2})));
    }

    @Test
    void mapAtomsRenamesAndMerges() {
        Monomial m = Monomial.of(new int[] {0, 1, 2}, new int[] {1, 2, 1});
        assertEquals(Monomial.of(new int[] {3, 4}, new int[] {3, 1}), m.mapAtoms(a -> a == 2 ? 4 : 3));
        assertSame(m, m.mapAtoms(a -> a));
    }
}
