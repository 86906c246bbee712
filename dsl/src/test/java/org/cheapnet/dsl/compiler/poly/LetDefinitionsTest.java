package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LetDefinitionsTest {

    private final LatticeGeometry chain = new LatticeGeometry("chain", new int[] {4}, true);
    private final VariableSpace space = new VariableSpace(List.of(
            VariableDeclaration.onLattice("s", VariableKind.SPIN, chain, -1, 1),
            VariableDeclaration.scalar("x", VariableKind.REAL, -1, 1)));

    private static Polynomial v(int atom) {
        return Polynomial.atom(atom);
    }

    @Test
    void inliningADagEqualsTheDirectExpansion() {
        // let a = (s0 + s1) / 2; let b = a^2 + s2 x; let c = a - s3; H = b c + 3 a^2: a is used four times
        Polynomial a = v(0).plus(v(1)).times(0.5);
        Polynomial b = a.pow(2).plus(v(2).times(v(4)));
        Polynomial c = a.minus(v(3));
        Polynomial direct = b.times(c).plus(a.pow(2).times(3)).reduce(space);

        int letA = space.addLet("a");
        int letB = space.addLet("b");
        int letC = space.addLet("c");
        LetDefinitions lets = new LetDefinitions();
        lets.define(letA, v(0).plus(v(1)).times(0.5));
        lets.define(letB, v(letA).pow(2).plus(v(2).times(v(4))));
        lets.define(letC, v(letA).minus(v(3)));
        Polynomial h = v(letB).times(v(letC)).plus(v(letA).pow(2).times(3));

        Polynomial inlined = lets.inline(h, space);
        assertTrue(inlined.minus(direct).withoutZeros(1e-12).isZero(), () -> inlined + "\nversus\n" + direct);
        assertTrue(inlined.atoms().stream().allMatch(space::isInput));
        assertEquals(inlined, lets.inline(h, space));
        assertEquals(List.of(letA, letB, letC), lets.definedAtoms());
    }

    @Test
    void aDeepDagIsInlinedOncePerLet() {
        // a_k = a_{k-1} + b_{k-1}, b_k = a_{k-1} - b_{k-1}: each let is used twice, so 200 levels
        // have 2^200 paths; the rotation squares to 2, hence a_200 = 2^100 s0 and b_200 = 2^100 s1
        int a = space.addLet("a0");
        int b = space.addLet("b0");
        LetDefinitions lets = new LetDefinitions();
        lets.define(a, v(0));
        lets.define(b, v(1));
        for (int k = 1; k <= 200; k++) {
            int nextA = space.addLet("a" + k);
            int nextB = space.addLet("b" + k);
            lets.define(nextA, v(a).plus(v(b)));
            lets.define(nextB, v(a).minus(v(b)));
            a = nextA;
            b = nextB;
        }
        assertEquals(v(0).times(Math.scalb(1.0, 100)), lets.inline(v(a), space));
        assertEquals(v(1).times(Math.scalb(1.0, 100)), lets.inline(v(b), space));
    }

    @Test
    void definitionsAreLookedUpByAtom() {
        int let = space.addLet("m");
        LetDefinitions lets = new LetDefinitions();
        assertFalse(lets.isDefined(let));
        assertNull(lets.definition(let));
        lets.define(let, v(0).times(2));
        assertTrue(lets.isDefined(let));
        assertEquals(v(0).times(2), lets.definition(let));
        assertNull(lets.definition(0));
    }

    @Test
    void aCycleIsReportedNotLooped() {
        int first = space.addLet("p");
        int second = space.addLet("q");
        LetDefinitions lets = new LetDefinitions();
        lets.define(first, v(second).plus(v(0)));
        lets.define(second, v(first));
        assertThrows(IllegalStateException.class, () -> lets.inline(v(first), space));
    }
}
