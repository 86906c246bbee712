package org.cheapnet.dsl.compiler.plan.horner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.junit.jupiter.api.Test;

/** The clean-up pass on hand-written plans: fewer products, the same outputs. */
class ProductSharingTest {

    /** x (y z) + 2 x (3 y w) over inputs x, y, z, w: the pair x y is built once, so 3 products instead of 4. */
    @Test
    void aPairInTwoChainsIsBuiltOnce() {
        LinearForm x = LinearForm.of(0);
        LinearForm y = LinearForm.of(1);
        LinearForm z = LinearForm.of(2);
        LinearForm w = LinearForm.of(3);
        List<Step> steps = List.of(new Step.Product(y, z), new Step.Product(x, LinearForm.of(4)),
                new Step.Product(y.times(3), w), new Step.Product(x, LinearForm.of(6)));
        Plan plan = new Plan(4, steps, List.of(LinearForm.of(5).combine(LinearForm.of(7), 2)));
        Plan shared = ProductSharing.share(plan);
        assertEquals(3, shared.multiplications());
        Random random = new Random(5);
        for (int k = 0; k < 10; k++) {
            double[] v = random.doubles(4, -2, 2).toArray();
            assertEquals(v[0] * v[1] * v[2] + 6 * v[0] * v[1] * v[3], shared.evaluate(0, v), 1e-12);
        }
    }

    /** A product read twice (here by the output) is a factor, not part of a chain; nothing to share: the plan stays. */
    @Test
    void nothingSharedLeavesThePlan() {
        LinearForm x = LinearForm.of(0);
        LinearForm y = LinearForm.of(1);
        List<Step> steps = List.of(new Step.Product(x, y), new Step.Product(LinearForm.of(2), x.plus(y)));
        Plan plan = new Plan(2, steps, List.of(LinearForm.of(2).plus(LinearForm.of(3))));
        assertEquals(plan, ProductSharing.share(plan));
    }
}
