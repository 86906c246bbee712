package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private final LatticeGeometry fine = new LatticeGeometry("fine", new int[] {4, 4}, true);
    private final LatticeGeometry coarse = new LatticeGeometry("coarse", new int[] {2, 2}, true);
    private final VariableDeclaration s = VariableDeclaration.onLattice("s", VariableKind.SPIN, fine, -1, 1);
    private final VariableSpace space = new VariableSpace(List.of(s));

    /** Block spins m[c] = (s[2c] + s[2c+(1,0)] + s[2c+(0,1)] + s[2c+(1,1)]) / 4 and H = -sum over coarse bonds of m[a] m[b]. */
    @Test
    void evaluatesTheBlockSpinHierarchyLikeADirectComputation() {
        LetDefinitions lets = new LetDefinitions();
        int[] m = new int[coarse.siteCount()];
        for (int c = 0; c < m.length; c++) {
            int[] xy = coarse.coordinates(c);
            m[c] = space.addLet("m[" + coarse.siteLabel(c) + "]");
            Polynomial block = Polynomial.zero();
            for (int[] d : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                block = block.plus(Polynomial.atom(fine.site(new int[] {2 * xy[0] + d[0], 2 * xy[1] + d[1]})));
            }
            lets.define(m[c], block.times(0.25));
        }
        PolynomialBuilder h = new PolynomialBuilder();
        for (int c = 0; c < m.length; c++) {
            for (int axis = 0; axis < 2; axis++) {
                h.add(Polynomial.atom(m[c]).times(Polynomial.atom(m[coarse.shifted(c, axis, 1)])), -1);
            }
        }
        Polynomial hamiltonian = h.build();
        Polynomial inlined = lets.inline(hamiltonian, space);

        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            double[] spins = new double[16];
            for (int i = 0; i < 16; i++) {
                spins[i] = random.nextBoolean() ? 1 : -1;
            }
            double expected = 0;
            double[] block = new double[4];
            for (int x = 0; x < 4; x++) {
                for (int y = 0; y < 4; y++) {
                    block[(x / 2) * 2 + y / 2] += 0.25 * spins[x * 4 + y];
                }
            }
            // on a periodic 2x2 lattice each site meets its neighbour along an axis twice
            for (int bx = 0; bx < 2; bx++) {
                for (int by = 0; by < 2; by++) {
                    expected -= block[bx * 2 + by] * block[((bx + 1) % 2) * 2 + by];
                    expected -= block[bx * 2 + by] * block[bx * 2 + (by + 1) % 2];
                }
            }
            assertEquals(expected, Evaluator.evaluate(hamiltonian, space, lets, spins), 1e-12);
            assertEquals(expected, inlined.evaluate(spins), 1e-12);
        }
    }

    @Test
    void rejectsAWrongInputLengthAndUndefinedLets() {
        VariableSpace own = new VariableSpace(List.of(s));
        int let = own.addLet("u");
        LetDefinitions lets = new LetDefinitions();
        assertThrows(IllegalArgumentException.class,
                () -> Evaluator.evaluate(Polynomial.atom(0), own, lets, new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> Evaluator.evaluate(Polynomial.atom(let), own, lets, new double[16]));
    }
}
