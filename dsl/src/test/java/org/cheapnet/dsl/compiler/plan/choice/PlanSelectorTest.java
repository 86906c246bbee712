package org.cheapnet.dsl.compiler.plan.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cheapnet.dsl.compiler.analysis.Locality;
import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.junit.jupiter.api.Test;

/** The selector keeps the cheapest correct candidate that keeps to @local and, when one can, to @depth. */
class PlanSelectorTest {

    private final VariableSpace space = new VariableSpace(List.of(VariableDeclaration.vector("x", VariableKind.REAL, 4, -1, 1)));

    private static Polynomial x(int i) {
        return Polynomial.atom(i);
    }

    /** x1 (x0 + x2): one product instead of the greedy planner's two for x0 x1 + x1 x2. */
    private static final Construction FACTOR_X1 = Construction.of("factor", (p, n) -> Optional.of(new Plan(n,
            List.of(new Step.Product(LinearForm.of(1), LinearForm.of(Map.of(0, 1.0, 2, 1.0), 0))),
            List.of(LinearForm.of(n)))));

    /** A plan of the wrong polynomial, x0 x2. */
    private static final Construction WRONG = Construction.of("wrong", (p, n) -> Optional.of(new Plan(n,
            List.of(new Step.Product(LinearForm.of(0), LinearForm.of(2))), List.of(LinearForm.of(n)))));

    private PlanChoice choose(Polynomial p, PlanLimits limits, Construction... constructions) {
        return new PlanSelector(List.of(constructions)).choose(List.of(p), List.of(p), space, new LetDefinitions(), limits);
    }

    @Test
    void aCheaperCorrectConstructionWins() {
        Polynomial p = x(0).times(x(1)).plus(x(1).times(x(2)));
        PlanChoice choice = choose(p, PlanLimits.NONE, WRONG, FACTOR_X1);
        assertEquals("factor", choice.construction());
        assertEquals(1, choice.plan().multiplications());
        assertEquals(List.of("greedy", "factor"), choice.tried().stream().map(Candidate::construction).toList(),
                "the wrong plan is not a candidate");
        assertEquals(2, choice.tried().get(0).multiplications(), "greedy: x0 x1 and x1 x2 separately");
    }

    @Test
    void aConstructionMixingDistantInputsIsRejectedUnderLocal() {
        Polynomial p = x(0).times(x(1)).plus(x(1).times(x(2)));
        // x0 and x2 are 2 apart: the factored product reads both
        assertEquals("greedy", choose(p, new PlanLimits(1, Integer.MAX_VALUE), FACTOR_X1).construction());
        assertEquals("factor", choose(p, new PlanLimits(2, Integer.MAX_VALUE), FACTOR_X1).construction());
        assertEquals("factor", choose(p, new PlanLimits(Locality.UNBOUNDED, Integer.MAX_VALUE), FACTOR_X1).construction());
    }

    /**
     * x0 x1 x2 x3 + x0 x1 x2: a chain of 3 products on 3 layers, or 4 products on 2 layers
     * (x0 x1, x2 x3, their product, and x0 x1 times x2).
     */
    @Test
    void depthIsPreferredWhenDeclared() {
        Polynomial p = x(0).times(x(1)).times(x(2)).times(x(3)).plus(x(0).times(x(1)).times(x(2)));
        Construction chain = Construction.of("chain", (q, n) -> Optional.of(new Plan(n, List.of(
                new Step.Product(LinearForm.of(0), LinearForm.of(1)),
                new Step.Product(LinearForm.of(n), LinearForm.of(2)),
                new Step.Product(LinearForm.of(n + 1), LinearForm.of(3))),
                List.of(LinearForm.of(Map.of(n + 1, 1.0, n + 2, 1.0), 0)))));
        Construction balanced = Construction.of("balanced", (q, n) -> Optional.of(new Plan(n, List.of(
                new Step.Product(LinearForm.of(0), LinearForm.of(1)),
                new Step.Product(LinearForm.of(2), LinearForm.of(3)),
                new Step.Product(LinearForm.of(n), LinearForm.of(n + 1)),
                new Step.Product(LinearForm.of(n), LinearForm.of(2))),
                List.of(LinearForm.of(Map.of(n + 2, 1.0, n + 3, 1.0), 0)))));
        PlanChoice free = choose(p, PlanLimits.NONE, chain, balanced);
        assertEquals(3, free.plan().multiplications(), "without @depth the fewest products");
        PlanChoice shallow = choose(p, new PlanLimits(Locality.UNBOUNDED, 2), chain, balanced);
        assertTrue(shallow.plan().depth() <= 2);
        assertEquals(3, shallow.tried().get(0).plan().depth(), "greedy shares x0 x1 x2 and goes 3 deep");
        assertEquals("balanced", shallow.construction());
        // nothing fits depth 1 (degree 4 needs 2 layers): then the fewest multiplications again
        assertEquals(3, choose(p, new PlanLimits(Locality.UNBOUNDED, 1), chain, balanced).plan().multiplications());
    }

    @Test
    void localityOfPlansFollowsSupportsThroughSteps() {
        // s = x0 x1 (support {0,1}); s * x2 reads {0,1,2}, diameter 2
        Plan plan = new Plan(4, List.of(new Step.Product(LinearForm.of(0), LinearForm.of(1)),
                new Step.Product(LinearForm.of(4), LinearForm.of(2))), List.of(LinearForm.of(5)));
        assertFalse(PlanLocality.respects(plan, space, 1));
        assertTrue(PlanLocality.respects(plan, space, 2));
    }
}
