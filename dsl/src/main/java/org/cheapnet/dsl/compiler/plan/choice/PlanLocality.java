package org.cheapnet.dsl.compiler.plan.choice;

import java.util.TreeSet;
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
        // supports of the steps as sorted input lists (an input's support is itself)
        int[][] support = new int[plan.steps().size()][];
        for (int s = 0; s < plan.steps().size(); s++) {
            TreeSet<Integer> union = new TreeSet<>();
            if (plan.steps().get(s) instanceof Step.Product p) {
                addSupport(p.left(), plan.inputCount(), support, union);
                addSupport(p.right(), plan.inputCount(), support, union);
            } else {
                for (int input : ((Step.DiscreteProduct) plan.steps().get(s)).inputs()) {
                    union.add(input);
                }
            }
            support[s] = union.stream().mapToInt(Integer::intValue).toArray();
            if (!withinRadius(support[s], distance, radius)) {
                return false;
            }
        }
        return true;
    }

    private static void addSupport(LinearForm form, int inputCount, int[][] support, TreeSet<Integer> union) {
        for (int i = 0; i < form.size(); i++) {
            int v = form.value(i);
            if (v < inputCount) {
                union.add(v);
            } else {
                for (int input : support[v - inputCount]) {
                    union.add(input);
                }
            }
        }
    }

    private static boolean withinRadius(int[] inputs, IntBinaryOperator distance, int radius) {
        for (int a = 0; a < inputs.length; a++) {
            for (int b = a + 1; b < inputs.length; b++) {
                if (distance.applyAsInt(inputs[a], inputs[b]) > radius) {
                    return false;
                }
            }
        }
        return true;
    }
}
