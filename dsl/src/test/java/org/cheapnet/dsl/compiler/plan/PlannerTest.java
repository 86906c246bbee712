package org.cheapnet.dsl.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.junit.jupiter.api.Test;

/**
 * The planner on hand-built polynomials: the plan computes the polynomial (against
 * {@link org.cheapnet.dsl.compiler.poly.Evaluator}), and its multiplication count M is the one the
 * maths gives (n - 1 for a product of n, l(n) for x^n by an independent search, sharing where
 * monomials overlap).
 */
class PlannerTest {

    private static final int POINTS = 100;

    // ---- the plan computes the polynomial ----

    @Test
    void randomRealPolynomialsWithSeveralOutputs() {
        Random random = new Random(1);
        for (int trial = 0; trial < 150; trial++) {
            VariableSpace space = reals(2 + random.nextInt(7));
            List<Polynomial> outputs = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                outputs.add(randomPolynomial(space.inputCount(), 1 + random.nextInt(10), 6, random));
            }
            Plan plan = Planner.plan(outputs, space, new LetDefinitions());
            PlanChecks.assertComputes(plan, outputs, space, new LetDefinitions(), POINTS, trial);
            assertTrue(plan.multiplications() <= naive(outputs), "never worse than term by term");
        }
    }

    @Test
    void randomBitSpinAndMixedPolynomials() {
        VariableSpace space = new VariableSpace(List.of(
                VariableDeclaration.vector("b", VariableKind.BIT, 5, 0, 1),
                VariableDeclaration.vector("s", VariableKind.SPIN, 5, -1, 1),
                VariableDeclaration.vector("x", VariableKind.REAL, 2, -2, 1)));
        Random random = new Random(2);
        for (int trial = 0; trial < 150; trial++) {
            List<Polynomial> outputs = new ArrayList<>();
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                outputs.add(randomPolynomial(space.inputCount(), 1 + random.nextInt(12), 6, random).reduce(space));
            }
            Plan plan = Planner.plan(outputs, space, new LetDefinitions());
            PlanChecks.assertComputes(plan, outputs, space, new LetDefinitions(), POINTS, trial);
        }
    }

    /** let a = (x0 + x1)/2; b = a^2 + x2 x3; c = a - x3; H = b c + 3 a^2; G = c^3 + b. */
    @Test
    void letsArePlannedOnceAndLinearLetsAreFree() {
        VariableSpace space = reals(4);
        LetDefinitions lets = new LetDefinitions();
        Polynomial a = Polynomial.atom(space.addLet("a"));
        lets.define(atomOf(a), x(0).plus(x(1)).times(0.5));
        Polynomial b = Polynomial.atom(space.addLet("b"));
        lets.define(atomOf(b), a.pow(2).plus(x(2).times(x(3))));
        Polynomial c = Polynomial.atom(space.addLet("c"));
        lets.define(atomOf(c), a.minus(x(3)));
        List<Polynomial> outputs = List.of(b.times(c).plus(a.pow(2).times(3)), c.pow(3).plus(b));
        Plan plan = Planner.plan(outputs, space, lets);
        PlanChecks.assertComputes(plan, outputs, space, lets, POINTS, 3);
        // a^2 and x2 x3 for b; b c; c^2 and c^3; 3 a^2 reuses b's a^2
        assertEquals(5, plan.multiplications());
    }

    /**
     * let k = 3; let u = s0; let v = 2 x; H = k u s0 x + u s1 + v x: u s0 = s0^2 = 1, so H = 3 x +
     * s0 s1 + 2 x^2, one spin pair and one square.
     */
    @Test
    void letsThatAreConstantsOrSingleInputsAreReducedLikeTheirValue() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("s", VariableKind.SPIN, 2, -1, 1),
                VariableDeclaration.scalar("x", VariableKind.REAL, -1, 1)));
        LetDefinitions lets = new LetDefinitions();
        Polynomial k = Polynomial.atom(space.addLet("k"));
        lets.define(atomOf(k), Polynomial.constant(3));
        Polynomial u = Polynomial.atom(space.addLet("u"));
        lets.define(atomOf(u), x(0));
        Polynomial v = Polynomial.atom(space.addLet("v"));
        lets.define(atomOf(v), x(2).times(2));
        Polynomial h = k.times(u).times(x(0)).times(x(2)).plus(u.times(x(1))).plus(v.times(x(2)));
        Plan plan = Planner.plan(List.of(h), space, lets);
        assertEquals(2, plan.multiplications());
        assertEquals(1, plan.squarings());
        assertInstanceOf(Step.DiscreteProduct.class, plan.steps().stream()
                .filter(Step.DiscreteProduct.class::isInstance).findFirst().orElseThrow());
        PlanChecks.assertComputes(plan, List.of(h), space, lets, POINTS, 11);
    }

    // ---- counts ----

    @Test
    void aProductOfNRealsTakesNMinusOneProductsAtDepthCeilLog2N() {
        VariableSpace space = reals(16);
        for (int n = 2; n <= 16; n++) {
            Polynomial product = Polynomial.constant(1);
            for (int i = 0; i < n; i++) {
                product = product.times(x(i));
            }
            Plan plan = plan(space, product);
            assertEquals(n - 1, plan.multiplications(), "M for n = " + n);
            int ceilLog2 = 32 - Integer.numberOfLeadingZeros(n - 1);
            assertEquals(ceilLog2, PlanChecks.depth(plan), "depth for n = " + n);
            PlanChecks.assertComputes(plan, List.of(product), space, new LetDefinitions(), 10, n);
        }
    }

    @Test
    void powersFollowShortestAdditionSequences() {
        VariableSpace space = reals(1);
        assertEquals(5, plan(space, x(0).pow(15)).multiplications()); // l(15) = 5
        assertEquals(7, plan(space, x(0).pow(31)).multiplications()); // l(31) = 7
        Plan sequence = plan(space, x(0).pow(2).plus(x(0).pow(3)).plus(x(0).pow(5)));
        assertEquals(3, sequence.multiplications()); // 1, 2, 3, 5
        assertEquals(1, sequence.squarings());
        assertEquals(4, plan(space, x(0).pow(2).pow(8)).squarings()); // x^16: four squarings
    }

    @Test
    void sharedPairsAreExtractedFirst() {
        VariableSpace space = reals(4);
        Polynomial abcPlusAbd = x(0).times(x(1)).times(x(2)).plus(x(0).times(x(1)).times(x(3)));
        Plan plan = plan(space, abcPlusAbd);
        assertEquals(3, plan.multiplications());
        PlanChecks.assertComputes(plan, List.of(abcPlusAbd), space, new LetDefinitions(), 10, 4);
    }

    @Test
    void theExpandedSquareOfASumTakesAtMostThree() {
        VariableSpace space = reals(2);
        Plan plan = plan(space, x(0).plus(x(1)).pow(2));
        assertTrue(plan.multiplications() <= 3, "M = " + plan.multiplications());
    }

    @Test
    void fiveDistinctBitsAreOneDiscreteProduct() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("b", VariableKind.BIT, 6, 0, 1)));
        Polynomial product = x(0).times(x(1)).times(x(2)).times(x(4)).times(x(5)).times(-2);
        Plan plan = plan(space, product);
        assertEquals(1, plan.steps().size());
        Step.DiscreteProduct step = assertInstanceOf(Step.DiscreteProduct.class, plan.steps().get(0));
        assertArrayEquals(new int[] { 0, 1, 2, 4, 5 }, step.inputs());
        assertFalse(step.spins());
        assertEquals(4, plan.multiplications());
        PlanChecks.assertComputes(plan, List.of(product), space, new LetDefinitions(), 64, 5);
    }

    /** s0 s1 s2 x^2 + s0 s1 s2: one spin product (2), x^2 (1), and their product (1). */
    @Test
    void discreteAndRealFactorsMultiplyTheDiscreteProduct() {
        VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("s", VariableKind.SPIN, 3, -1, 1),
                VariableDeclaration.scalar("x", VariableKind.REAL, -1, 1)));
        Polynomial spins = x(0).times(x(1)).times(x(2));
        Polynomial h = spins.times(x(3).pow(2)).plus(spins);
        Plan plan = plan(space, h);
        assertEquals(3, plan.steps().size());
        assertEquals(4, plan.multiplications());
        PlanChecks.assertComputes(plan, List.of(h), space, new LetDefinitions(), POINTS, 6);
    }

    @Test
    void theSameMonomialInTwoOutputsIsComputedOnce() {
        VariableSpace space = reals(3);
        Polynomial xyz = x(0).times(x(1)).times(x(2));
        List<Polynomial> outputs = List.of(xyz.plus(x(0)), xyz.times(3).minus(x(1)));
        Plan plan = Planner.plan(outputs, space, new LetDefinitions());
        assertEquals(2, plan.multiplications());
        PlanChecks.assertComputes(plan, outputs, space, new LetDefinitions(), POINTS, 7);
    }

    /** m = block average of 4 inputs: m x4 + m^2 + 2 m costs 2, the expanded form would cost 14. */
    @Test
    void aLinearLetCostsNothing() {
        VariableSpace space = reals(5);
        LetDefinitions lets = new LetDefinitions();
        Polynomial m = Polynomial.atom(space.addLet("m"));
        lets.define(atomOf(m), x(0).plus(x(1)).plus(x(2)).plus(x(3)).times(0.25));
        Polynomial h = m.times(x(4)).plus(m.pow(2)).plus(m.times(2));
        Plan plan = Planner.plan(List.of(h), space, lets);
        assertEquals(2, plan.multiplications());
        assertEquals(1, plan.squarings());
        PlanChecks.assertComputes(plan, List.of(h), space, lets, POINTS, 8);
    }

    @Test
    void theSamePolynomialsGiveTheSamePlan() {
        Random random = new Random(9);
        for (int trial = 0; trial < 20; trial++) {
            long seed = random.nextLong();
            VariableSpace space = reals(6);
            List<Polynomial> outputs = List.of(randomPolynomial(6, 15, 6, new Random(seed)),
                    randomPolynomial(6, 15, 6, new Random(seed + 1)));
            String first = PlanChecks.print(Planner.plan(outputs, space, new LetDefinitions()));
            String second = PlanChecks.print(Planner.plan(outputs, space, new LetDefinitions()));
            assertEquals(first, second);
        }
    }

    // ---- against the brute-force optimum on small cases ----

    @Test
    void smallProductsAndPowersAreOptimal() {
        VariableSpace space = reals(8);
        Random random = new Random(10);
        for (int trial = 0; trial < 100; trial++) {
            // a product of n <= 4 distinct factors: n - 1 is optimal (each product joins two values)
            int[] atoms = random.ints(0, 8).distinct().limit(1 + random.nextInt(4)).toArray();
            Polynomial product = Polynomial.monomial(Monomial.of(atoms, ones(atoms.length)), 1 + random.nextInt(3));
            assertEquals(atoms.length - 1, plan(space, product).multiplications(), product.toString());
        }
        for (int e = 1; e <= 32; e++) {
            Plan power = plan(space, x(3).pow(e).times(0.5));
            assertEquals(AdditionChainsTest.breadthFirstOptimum(new int[] { 1 }, new int[] { e }),
                    power.multiplications(), "x^" + e);
        }
    }

    // ---- helpers ----

    private static VariableSpace reals(int n) {
        return new VariableSpace(List.of(VariableDeclaration.vector("x", VariableKind.REAL, n, -1.5, 1.5)));
    }

    private static Polynomial x(int atom) {
        return Polynomial.atom(atom);
    }

    private static int atomOf(Polynomial atom) {
        return atom.monomial(0).atom(0);
    }

    private static Plan plan(VariableSpace space, Polynomial p) {
        return Planner.plan(List.of(p), space, new LetDefinitions());
    }

    private static int[] ones(int n) {
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    /** Up to terms random monomials of total degree <= maxDegree over atoms 0..atoms-1, coefficients in [-2, 2]. */
    private static Polynomial randomPolynomial(int atoms, int terms, int maxDegree, Random random) {
        PolynomialBuilder builder = new PolynomialBuilder();
        for (int t = 0; t < terms; t++) {
            int degree = random.nextInt(maxDegree + 1);
            int[] factors = random.ints(degree, 0, atoms).toArray();
            builder.add(Monomial.of(factors, ones(degree)), 4 * random.nextDouble() - 2);
        }
        return builder.build();
    }

    /** Sum over monomials of (degree - 1): each monomial by repeated multiplication. */
    private static int naive(List<Polynomial> outputs) {
        int naive = 0;
        for (Polynomial p : outputs) {
            for (Monomial m : p.monomials()) {
                naive += Math.max(0, m.degree() - 1);
            }
        }
        return naive;
    }
}
