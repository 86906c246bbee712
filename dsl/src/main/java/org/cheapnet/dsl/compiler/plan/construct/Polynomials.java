package org.cheapnet.dsl.compiler.plan.construct;

import org.cheapnet.dsl.compiler.plan.PlanCheck;
import org.cheapnet.dsl.compiler.plan.PointSampler;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/** Small facts about polynomials and plans that every construction checks. */
final class Polynomials {

    /**
     * A construction's plan must agree with the polynomial at 8 seeded points of {@link #BOX} to
     * 1e-10 relative (a construction knows nothing of the domain, so it is checked on reals).
     */
    static final PlanCheck CHECK = new PlanCheck(8, 0x5eed, 1e-10, 0);
    static final PointSampler BOX = PointSampler.box(-1.5, 1.5);

    private Polynomials() {
    }

    /** True when every atom of p is an input below inputCount (no lets). */
    static boolean overInputs(Polynomial p, int inputCount) {
        return p.atoms().stream().allMatch(a -> a < inputCount);
    }
}
