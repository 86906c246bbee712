package org.cheapnet.dsl.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cheapnet.dsl.compiler.poly.Evaluator;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/** Independent checks of a plan: evaluation against {@link Evaluator}, and depth by a walk over the steps. */
final class PlanChecks {

    private PlanChecks() {
    }

    /** Every output of the plan equals the polynomial at random points of the space's domain (relative 1e-9). */
    static void assertComputes(Plan plan, List<Polynomial> outputs, VariableSpace space, LetDefinitions lets,
            int points, long seed) {
        assertEquals(outputs.size(), plan.outputs().size());
        Random random = new Random(seed);
        for (int p = 0; p < points; p++) {
            double[] x = randomPoint(space, random);
            double[] values = plan.values(x);
            for (int k = 0; k < outputs.size(); k++) {
                double expected = Evaluator.evaluate(outputs.get(k), space, lets, x);
                double actual = plan.outputs().get(k).evaluate(values);
                int output = k;
                assertEquals(expected, actual, 1e-9 * (1 + Math.abs(expected)),
                        () -> "output " + output + " at " + Arrays.toString(x));
            }
        }
    }

    /** A point of the declared domain (PointSampler.domainOf). */
    static double[] randomPoint(VariableSpace space, Random random) {
        double[] x = new double[space.inputCount()];
        PointSampler.domainOf(space).fill(x, random);
        return x;
    }

    /** The most steps on one path from the inputs to an output. */
    static int depth(Plan plan) {
        int[] depth = new int[plan.valueCount()];
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            int deepest = 0;
            if (step instanceof Step.Product product) {
                deepest = Math.max(deepest(product.left(), depth), deepest(product.right(), depth));
            } else {
                for (int input : ((Step.DiscreteProduct) step).inputs()) {
                    deepest = Math.max(deepest, depth[input]);
                }
            }
            depth[plan.inputCount() + i] = deepest + 1;
        }
        return plan.outputs().stream().mapToInt(f -> deepest(f, depth)).max().orElse(0);
    }

    private static int deepest(LinearForm form, int[] depth) {
        int deepest = 0;
        for (int i = 0; i < form.size(); i++) {
            deepest = Math.max(deepest, depth[form.value(i)]);
        }
        return deepest;
    }

    /** Steps printed canonically, to compare two plans. */
    static String print(Plan plan) {
        StringBuilder s = new StringBuilder();
        for (Step step : plan.steps()) {
            if (step instanceof Step.Product p) {
                s.append('(').append(p.left()).append(") * (").append(p.right()).append(")\n");
            } else {
                Step.DiscreteProduct d = (Step.DiscreteProduct) step;
                s.append(d.spins() ? "spins" : "bits").append(Arrays.toString(d.inputs())).append('\n');
            }
        }
        plan.outputs().forEach(o -> s.append("out ").append(o).append('\n'));
        return s.toString();
    }
}
