package org.cheapnet.dsl.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.junit.jupiter.api.Test;

/** The check that a plan computes a polynomial: exact plans pass, wrong or inaccurate ones fail, on the sampled domain. */
class PlanCheckTest {

    /** The constructions' check (purely relative) and the selector's (also absolute near zero). */
    private static final PlanCheck RELATIVE = new PlanCheck(8, 0x5eed, 1e-10, 0);
    private static final PlanCheck OFFSET = new PlanCheck(8, 17, 1e-9, 1);
    private static final PointSampler BOX = PointSampler.box(-1.5, 1.5);

    private static final VariableSpace XYZ = new VariableSpace(List.of(VariableDeclaration.vector("x", VariableKind.REAL, 3, -2, 2)));
    /** x y + y z */
    private static final Polynomial P = x(0).times(x(1)).plus(x(1).times(x(2)));

    @Test
    void thePlannersPlanPasses() {
        Plan plan = plan(P);
        for (PlanCheck check : List.of(RELATIVE, OFFSET)) {
            assertTrue(check.computes(plan, P, 3, BOX));
            assertTrue(check.computes(plan, P, 3, PointSampler.domainOf(XYZ)));
        }
    }

    @Test
    void aPlanForAnotherPolynomialFails() {
        Plan plan = plan(x(0).times(x(1)).plus(x(0).times(x(2))));
        assertFalse(RELATIVE.computes(plan, P, 3, BOX));
        assertFalse(OFFSET.computes(plan, P, 3, BOX));
    }

    @Test
    void aRelativeErrorOf1em3FailsAndOf1em12Passes() {
        Plan plan = plan(P);
        for (PlanCheck check : List.of(RELATIVE, OFFSET)) {
            assertFalse(check.computes(plan, P.times(1 + 1e-3), 3, BOX));
            assertTrue(check.computes(plan, P.times(1 + 1e-12), 3, BOX));
        }
    }

    /** Where all terms vanish only the offset allows an error: 1e-12 against p = 0. */
    @Test
    void theScaleOffsetAllowsAnAbsoluteError() {
        Plan almostZero = new Plan(3, List.of(), List.of(LinearForm.constant(1e-12)));
        assertTrue(OFFSET.computes(almostZero, Polynomial.zero(), 3, BOX));
        assertFalse(RELATIVE.computes(almostZero, Polynomial.zero(), 3, BOX));
    }

    /** s^2 planned as the constant 1 is right on spins only. */
    @Test
    void theSamplerDecidesTheDomain() {
        VariableSpace spin = new VariableSpace(List.of(VariableDeclaration.scalar("s", VariableKind.SPIN, -1, 1)));
        Plan one = new Plan(1, List.of(), List.of(LinearForm.constant(1)));
        Polynomial square = x(0).pow(2);
        for (PlanCheck check : List.of(RELATIVE, OFFSET)) {
            assertTrue(check.computes(one, square, 1, PointSampler.domainOf(spin)));
            assertFalse(check.computes(one, square, 1, BOX));
        }
    }

    @Test
    void aPlanOfAnotherShapeFails() {
        assertFalse(RELATIVE.computes(Planner.plan(List.of(P, P), XYZ, new LetDefinitions()), P, 3, BOX));
        assertFalse(RELATIVE.computes(plan(P), P, 4, BOX));
    }

    @Test
    void theDomainSamplerDrawsBitsSpinsAndRealsInRange() {
        VariableSpace space = new VariableSpace(List.of(
                VariableDeclaration.scalar("b", VariableKind.BIT, 0, 1),
                VariableDeclaration.scalar("s", VariableKind.SPIN, -1, 1),
                VariableDeclaration.scalar("r", VariableKind.REAL, -2, 0.5)));
        PointSampler sampler = PointSampler.domainOf(space);
        Random random = new Random(3);
        Set<Double> bits = new HashSet<>();
        Set<Double> spins = new HashSet<>();
        for (int k = 0; k < 200; k++) {
            double[] x = new double[3];
            sampler.fill(x, random);
            bits.add(x[0]);
            spins.add(x[1]);
            assertTrue(-2 <= x[2] && x[2] <= 0.5, "real " + x[2] + " in [-2, 0.5]");
        }
        assertEquals(Set.of(0.0, 1.0), bits);
        assertEquals(Set.of(-1.0, 1.0), spins);
    }

    private static Plan plan(Polynomial p) {
        return Planner.plan(List.of(p), XYZ, new LetDefinitions());
    }

    private static Polynomial x(int i) {
        return Polynomial.atom(i);
    }
}
