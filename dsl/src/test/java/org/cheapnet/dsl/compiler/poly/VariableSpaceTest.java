package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VariableSpaceTest {

    private final LatticeGeometry grid = new LatticeGeometry("grid", new int[] {2, 3}, true);
    private final VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, grid, -1, 1);
    private final VariableDeclaration x = VariableDeclaration.vector("x", VariableKind.REAL, 4, -2, 0.5);
    private final VariableDeclaration empty = VariableDeclaration.vector("e", VariableKind.REAL, 0, -1, 1);
    private final VariableDeclaration t = VariableDeclaration.scalar("t", VariableKind.REAL, -3, 5);
    private final VariableDeclaration b = VariableDeclaration.scalar("b", VariableKind.BIT, 0, 1);
    private final VariableSpace space = new VariableSpace(List.of(s, x, empty, t, b));

    @Test
    void inputsAreNumberedInDeclarationOrder() {
        assertEquals(12, space.inputCount());
        assertEquals(0, space.offset(s));
        assertEquals(6, space.offset(x));
        assertEquals(10, space.offset(t));
        assertEquals(11, space.offset(b));
        assertEquals(8, space.inputAtom(x, 2));
        assertEquals(grid.site(new int[] {1, 2}), space.inputAtom(s, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> space.inputAtom(x, 4));
    }

    @Test
    void eachInputKnowsItsDeclarationAndIndex() {
        int[] expectedIndex = {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 0, 0};
        VariableDeclaration[] expectedDeclaration = {s, s, s, s, s, s, x, x, x, x, t, b};
        for (int atom = 0; atom < space.inputCount(); atom++) {
            assertTrue(space.isInput(atom));
            assertSame(expectedDeclaration[atom], space.declarationOf(atom));
            assertEquals(expectedIndex[atom], space.indexOf(atom));
        }
        assertFalse(space.isInput(12));
    }

    @Test
    void labelsKindsAndBounds() {
        assertEquals("s[1,2]", space.label(5));
        assertEquals("x[3]", space.label(9));
        assertEquals("t", space.label(10));
        assertEquals(VariableKind.SPIN, space.kind(0));
        assertEquals(VariableKind.BIT, space.kind(11));
        assertEquals(1, space.bound(3));
        assertEquals(2, space.bound(7));
        assertEquals(5, space.bound(10));
        assertEquals(1, space.bound(11));
    }

    @Test
    void letsAreNumberedAfterTheInputs() {
        VariableSpace lets = new VariableSpace(List.of(s, t));
        int m = lets.addLet("m[0]");
        int e = lets.addLet("E");
        assertEquals(7, m);
        assertEquals(8, e);
        assertEquals(9, lets.atomCount());
        assertEquals(7, lets.inputCount());
        assertEquals("E", lets.label(e));
        assertEquals(VariableKind.REAL, lets.kind(m));
        assertTrue(Double.isNaN(lets.bound(m)));
        assertFalse(lets.isInput(m));
        assertTrue(lets.isLet(m));
    }

    @Test
    void declarationsAreFoundByValueToo() {
        VariableDeclaration again = VariableDeclaration.vector("x", VariableKind.REAL, 4, -2, 0.5);
        assertEquals(x, again);
        assertEquals(6, space.offset(again));
        assertThrows(IllegalArgumentException.class,
                () -> space.offset(VariableDeclaration.scalar("u", VariableKind.REAL, 0, 1)));
    }

    @Test
    void declarationsDescribeTheirShape() {
        assertTrue(t.isScalar());
        assertTrue(x.isVector());
        assertFalse(s.isVector() || s.isScalar());
        assertEquals(6, s.count());
        assertSame(grid, s.lattice());
        assertEquals("x[0]", x.label(0));
        assertEquals("spin s on grid", s.toString());
    }
}
