package org.cheapnet.dsl.compiler.plan.horner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;

/**
 * A clean-up pass after the Horner scheme, as FORM's greedy step (Breuer's algorithm): each
 * maximal product chain of the plan (products whose results are used once, as a whole operand of
 * the next product) is a multiset of factors, a factor being a linear form up to scale. While some
 * pair of factors occurs in two or more chains, the pair that occurs in most chains (ties: the
 * first found) is multiplied once and put in its place everywhere; equal chains are then built once.
 * So x y z + x y w, planned as x (y z) and x (y w), costs 3 instead of 4. The plan computes the
 * same values; it never has more products.
 */
final class ProductSharing {

    private final Plan plan;
    private final int inputCount;
    /** Factor id -> its normalized linear form over the old plan's values (null for a shared pair), or the pair it multiplies. */
    private final List<LinearForm> leafForms = new ArrayList<>();
    private final Map<LinearForm, Integer> leafIds = new HashMap<>();
    private final List<int[]> pairs = new ArrayList<>();

    private ProductSharing(Plan plan) {
        this.plan = plan;
        this.inputCount = plan.inputCount();
    }

    /** The plan with shared sub-products; the plan itself when that saves nothing. */
    static Plan share(Plan plan) {
        for (Step step : plan.steps()) {
            if (!(step instanceof Step.Product)) {
                return plan;
            }
        }
        Plan shared = new ProductSharing(plan).run();
        return shared.multiplications() < plan.multiplications() ? shared : plan;
    }

    private Plan run() {
        int steps = plan.steps().size();
        int[] uses = new int[inputCount + steps];
        boolean[] wholeOperand = new boolean[inputCount + steps];
        for (Step step : plan.steps()) {
            Step.Product p = (Step.Product) step;
            for (LinearForm operand : List.of(p.left(), p.right())) {
                count(operand, uses);
                if (operand.size() == 1 && operand.constant() == 0) {
                    wholeOperand[operand.value(0)] = true;
                }
            }
        }
        for (LinearForm output : plan.outputs()) {
            count(output, uses);
        }
        boolean[] inner = new boolean[inputCount + steps];
        for (int v = inputCount; v < inputCount + steps; v++) {
            inner[v] = uses[v] == 1 && wholeOperand[v];
        }
        // the chains: one per product that is not inner to another
        List<Integer> roots = new ArrayList<>();
        List<List<Integer>> chains = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int v = inputCount + i;
            if (!inner[v]) {
                List<Integer> factors = new ArrayList<>();
                double scale = collect(v, inner, factors, 1);
                factors.sort(null);
                roots.add(v);
                chains.add(factors);
                scales.add(scale);
            }
        }
        pairUp(chains);
        return rebuild(roots, chains, scales, inner);
    }

    private static void count(LinearForm form, int[] uses) {
        for (int k = 0; k < form.size(); k++) {
            uses[form.value(k)]++;
        }
    }

    /** Adds the factors of value v's product chain; returns the scale of the product of their normalized forms. */
    private double collect(int v, boolean[] inner, List<Integer> factors, double scale) {
        Step.Product p = (Step.Product) plan.steps().get(v - inputCount);
        for (LinearForm operand : List.of(p.left(), p.right())) {
            if (operand.size() == 1 && operand.constant() == 0 && inner[operand.value(0)]) {
                scale = collect(operand.value(0), inner, factors, scale * operand.weight(0));
            } else {
                double w = operand.size() > 0 ? operand.weight(0) : operand.constant();
                LinearForm normalized = operand.times(1 / w);
                Integer id = leafIds.get(normalized);
                if (id == null) {
                    id = leafForms.size();
                    leafIds.put(normalized, id);
                    leafForms.add(normalized);
                    pairs.add(null);
                }
                factors.add(id);
                scale *= w;
            }
        }
        return scale;
    }

    /** Greedy: the pair in most chains becomes a new factor, until no pair is in two chains. */
    private void pairUp(List<List<Integer>> chains) {
        while (true) {
            Map<Long, Integer> counts = new HashMap<>();
            long bestPair = -1;
            int bestCount = 1;
            for (List<Integer> chain : chains) {
                if (chain.size() < 2) {
                    continue;
                }
                java.util.Set<Long> seen = new java.util.HashSet<>();
                for (int i = 0; i < chain.size(); i++) {
                    for (int j = i + 1; j < chain.size(); j++) {
                        long key = (long) chain.get(i) << 32 | chain.get(j);
                        if (seen.add(key)) {
                            int c = counts.merge(key, 1, Integer::sum);
                            if (c > bestCount || c == bestCount && c > 1 && key < bestPair) {
                                bestCount = c;
                                bestPair = key;
                            }
                        }
                    }
                }
            }
            if (bestCount < 2) {
                return;
            }
            int a = (int) (bestPair >>> 32);
            int b = (int) bestPair;
            int id = leafForms.size();
            leafForms.add(null);
            pairs.add(new int[] { a, b });
            for (List<Integer> chain : chains) {
                int ia = chain.indexOf(a);
                if (ia < 0) {
                    continue;
                }
                chain.remove(ia);
                int ib = chain.indexOf(b);
                if (ib < 0) {
                    chain.add(ia, a);
                    continue;
                }
                chain.remove(ib);
                chain.add(id);
                chain.sort(null);
            }
        }
    }

    private Plan rebuild(List<Integer> roots, List<List<Integer>> chains, List<Double> scales, boolean[] inner) {
        Builder out = new Builder();
        int next = 0;
        for (int i = 0; i < plan.steps().size(); i++) {
            int v = inputCount + i;
            if (inner[v]) {
                continue;
            }
            List<Integer> chain = chains.get(next);
            double scale = scales.get(next);
            next++;
            LinearForm product = out.chain(chain);
            out.mapped.put(v, product.times(scale));
        }
        List<LinearForm> outputs = new ArrayList<>();
        for (LinearForm output : plan.outputs()) {
            outputs.add(out.remap(output));
        }
        return new Plan(inputCount, out.steps, outputs);
    }

    /** Emits the new plan: old values mapped to new forms, factors and chains built once each. */
    private final class Builder {
        final List<Step> steps = new ArrayList<>();
        final Map<Integer, LinearForm> mapped = new HashMap<>();
        final Map<Integer, LinearForm> factors = new HashMap<>();
        final Map<List<Integer>, LinearForm> chains = new HashMap<>();

        LinearForm remap(LinearForm form) {
            LinearForm.Builder b = new LinearForm.Builder().addConstant(form.constant());
            for (int k = 0; k < form.size(); k++) {
                int v = form.value(k);
                if (v < inputCount) {
                    b.addTerm(v, form.weight(k));
                } else {
                    b.add(mapped.get(v), form.weight(k));
                }
            }
            return b.build();
        }

        LinearForm factor(int id) {
            LinearForm known = factors.get(id);
            if (known == null) {
                int[] pair = pairs.get(id);
                known = pair == null ? remap(leafForms.get(id)) : multiply(factor(pair[0]), factor(pair[1]));
                factors.put(id, known);
            }
            return known;
        }

        LinearForm chain(List<Integer> chain) {
            LinearForm known = chains.get(chain);
            if (known == null) {
                known = factor(chain.get(0));
                for (int k = 1; k < chain.size(); k++) {
                    known = multiply(known, factor(chain.get(k)));
                }
                chains.put(List.copyOf(chain), known);
            }
            return known;
        }

        LinearForm multiply(LinearForm left, LinearForm right) {
            steps.add(new Step.Product(left, right));
            return LinearForm.of(inputCount + steps.size() - 1);
        }
    }
}
