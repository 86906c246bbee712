package org.cheapnet.dsl.compiler.plan.horner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.junit.jupiter.api.Test;

/** The factoring pass on hand-written plans: fewer products, the same outputs. */
class SumFactoringTest {

    private static final LinearForm X = LinearForm.of(0);
    private static final LinearForm Y = LinearForm.of(1);
    private static final LinearForm Z = LinearForm.of(2);
    private static final LinearForm W = LinearForm.of(3);

    /** 2 x y + 3 (2 x) z - x w over inputs x, y, z, w: x (2 y + 6 z - w), 1 product instead of 3. */
    @Test
    void aFactorSharedByThreeProductsOfOneSumIsTakenOut() {
        List<Step> steps = List.of(new Step.Product(X, Y), new Step.Product(Z, X.times(2)), new Step.Product(X, W));
        LinearForm output = new LinearForm.Builder().addTerm(4, 2).addTerm(5, 3).addTerm(6, -1).addTerm(1, 7).build();
        Plan factored = SumFactoring.factor(new Plan(4, steps, List.of(output)));
        assertEquals(1, factored.multiplications());
        assertSameValues(factored, v -> 2 * v[0] * v[1] + 6 * v[0] * v[2] - v[0] * v[3] + 7 * v[1]);
    }

    /** x (y z) + x (y w): x is taken out, then y from the new sum y z + y w: x (y (z + w)), 2 products instead of 4. */
    @Test
    void theNewSumIsFactoredAgain() {
        List<Step> steps = List.of(new Step.Product(Y, Z), new Step.Product(X, LinearForm.of(4)),
                new Step.Product(Y, W), new Step.Product(X, LinearForm.of(6)));
        Plan factored = SumFactoring.factor(new Plan(4, steps, List.of(LinearForm.of(5).plus(LinearForm.of(7)))));
        assertEquals(2, factored.multiplications());
        assertSameValues(factored, v -> v[0] * v[1] * (v[2] + v[3]));
    }

    /** (y z) x + (x w) y: x is inside the second chain; taken out of both: x (y z + w y) = x (y (z + w)), 2 products instead of 4. */
    @Test
    void aFactorInsideAChainIsTakenOut() {
        List<Step> steps = List.of(new Step.Product(Y, Z), new Step.Product(LinearForm.of(4), X),
                new Step.Product(X.times(3), W), new Step.Product(LinearForm.of(6).times(2), Y));
        Plan factored = SumFactoring.factor(new Plan(4, steps, List.of(LinearForm.of(5).plus(LinearForm.of(7)))));
        assertEquals(2, factored.multiplications());
        assertSameValues(factored, v -> v[0] * v[1] * v[2] + 6 * v[0] * v[3] * v[1]);
    }

    /** x y + x z where x y is also an output of its own: x y must stay, nothing is saved, the plan stays. */
    @Test
    void aProductReadElsewhereIsNotMerged() {
        List<Step> steps = List.of(new Step.Product(X, Y), new Step.Product(X, Z));
        Plan plan = new Plan(4, steps, List.of(LinearForm.of(4).plus(LinearForm.of(5)), LinearForm.of(4)));
        assertEquals(plan, SumFactoring.factor(plan));
    }

    /** x y - x y' with y' = y: the merged sum is zero, so the output is 0 with no product. */
    @Test
    void aSumThatCancelsNeedsNoProduct() {
        List<Step> steps = List.of(new Step.Product(X, Y), new Step.Product(Y, X));
        Plan factored = SumFactoring.factor(new Plan(4, steps, List.of(LinearForm.of(4).combine(LinearForm.of(5), -1))));
        assertEquals(0, factored.multiplications());
        assertSameValues(factored, v -> 0);
    }

    private static void assertSameValues(Plan plan, java.util.function.ToDoubleFunction<double[]> expected) {
        Random random = new Random(11);
        for (int k = 0; k < 10; k++) {
            double[] v = random.doubles(4, -2, 2).toArray();
            assertEquals(expected.applyAsDouble(v), plan.evaluate(0, v), 1e-12);
        }
    }
}
