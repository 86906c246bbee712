package org.cheapnet.dsl.compiler.plan.choice;

import java.util.BitSet;
import java.util.function.IntBinaryOperator;

import org.cheapnet.dsl.compiler.analysis.Locality;
import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Whether a plan keeps to {@code @local(r)}: the support of a step (the inputs it depends on,
 * through its operands and earlier steps) must have all its inputs pairwise within distance r.
 * A plan that multiplies monomials of a local polynomial does; a plan that diagonalizes a
 * quadratic form over the whole lattice does not.
 */
public final class PlanLocality {

    private PlanLocality() {
    }

    public static boolean respects(Plan plan, VariableSpace space, int radius) {
        return respects(plan, (a, b) -> Locality.distance(space, a, b), radius);
    }

    /** @param distance the distance of two inputs (plan value ids below the input count) */
    public static boolean respects(Plan plan, IntBinaryOperator distance, int radius) {
        if (radius == Locality.UNBOUNDED) {
            return true;
        }
        BitSet[] support = new BitSet[plan.valueCount()];
        for (int i = 0; i < plan.inputCount(); i++) {
            support[i] = new BitSet();
            support[i].set(i);
        }
        for (int s = 0; s < plan.steps().size(); s++) {
            BitSet union = new BitSet();
            if (plan.steps().get(s) instanceof Step.Product p) {
                addSupport(p.left(), support, union);
                addSupport(p.right(), support, union);
            } else {
                for (int input : ((Step.DiscreteProduct) plan.steps().get(s)).inputs()) {
                    union.set(input);
                }
            }
            if (!withinRadius(union, distance, radius)) {
                return false;
            }
            support[plan.inputCount() + s] = union;
        }
        return true;
    }

    private static void addSupport(LinearForm form, BitSet[] support, BitSet union) {
        for (int i = 0; i < form.size(); i++) {
            union.or(support[form.value(i)]);
        }
    }

    private static boolean withinRadius(BitSet inputs, IntBinaryOperator distance, int radius) {
        for (int a = inputs.nextSetBit(0); a >= 0; a = inputs.nextSetBit(a + 1)) {
            for (int b = inputs.nextSetBit(a + 1); b >= 0; b = inputs.nextSetBit(b + 1)) {
                if (distance.applyAsInt(a, b) > radius) {
                    return false;
                }
            }
        }
        return true;
    }
}
