package org.cheapnet.dsl.compiler.plan.horner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;

/**
 * A clean-up pass after the Horner scheme: in every linear form of the plan (an operand or an
 * output), products that are used only there and share a factor are merged, a b + a c -> a (b + c),
 * also when the factor sits deeper in a product chain ((a d) b + a c -> a (d b + c)),
 * the factor in most such products first (a Horner step on the sums the scheme left term by term).
 * Each merge of k products saves k - 1; the new sum is looked at again. The plan computes the same
 * values; it never has more products.
 */
final class SumFactoring {

    private final int inputCount;
    /** Operands of step i: left[i], right[i]; null once the step is dead. */
    private final List<LinearForm> left = new ArrayList<>();
    private final List<LinearForm> right = new ArrayList<>();
    private final List<LinearForm> outputs;
    private int[] uses;

    private SumFactoring(Plan plan) {
        this.inputCount = plan.inputCount();
        for (Step step : plan.steps()) {
            Step.Product p = (Step.Product) step;
            left.add(p.left());
            right.add(p.right());
        }
        this.outputs = new ArrayList<>(plan.outputs());
        this.uses = new int[inputCount + left.size()];
        for (int i = 0; i < left.size(); i++) {
            count(left.get(i), 1);
            count(right.get(i), 1);
        }
        outputs.forEach(o -> count(o, 1));
    }

    /** The plan with shared factors taken out of sums; the plan itself when that saves nothing. */
    static Plan factor(Plan plan) {
        for (Step step : plan.steps()) {
            if (!(step instanceof Step.Product)) {
                return plan;
            }
        }
        Plan factored = new SumFactoring(plan).run();
        return factored.multiplications() < plan.multiplications() ? factored : plan;
    }

    private Plan run() {
        boolean changed = true;
        while (changed) {
            changed = false;
            ArrayDeque<Integer> work = new ArrayDeque<>();
            for (int i = 0; i < left.size(); i++) {
                work.add(2 * i);
                work.add(2 * i + 1);
            }
            for (int o = 0; o < outputs.size(); o++) {
                work.add(-o - 1);
            }
            while (!work.isEmpty()) {
                int location = work.poll();
                if (location >= 0 && left.get(location / 2) == null) {
                    continue;
                }
                int created = factorOnce(location);
                if (created != Integer.MIN_VALUE) {
                    changed = true;
                    work.addFirst(location);
                    if (created >= 0) {
                        work.addFirst(2 * created + 1);
                    }
                }
            }
        }
        return rebuild();
    }

    private LinearForm form(int location) {
        return location >= 0 ? (location % 2 == 0 ? left : right).get(location / 2) : outputs.get(-location - 1);
    }

    private void setForm(int location, LinearForm form) {
        if (location >= 0) {
            (location % 2 == 0 ? left : right).set(location / 2, form);
        } else {
            outputs.set(-location - 1, form);
        }
    }

    private static LinearForm normalized(LinearForm form) {
        return form.times(1 / form.weight(0));
    }

    /**
     * Merges the products of this form that share the most frequent factor, a factor being any
     * operand in a product's chain (the product and the products used once as its whole operands).
     * Returns the new step's index, -1 when the merged sum was a constant (no step), MIN_VALUE when
     * nothing changed.
     */
    private int factorOnce(int location) {
        LinearForm sum = form(location);
        Map<LinearForm, List<int[]>> byFactor = new LinkedHashMap<>(); // factor -> (term index, step, side, holder)
        for (int k = 0; k < sum.size(); k++) {
            if (inChain(sum.value(k))) {
                collect(k, sum.value(k) - inputCount, location, byFactor, new HashSet<>());
            }
        }
        LinearForm factor = null;
        List<int[]> best = List.of();
        for (Map.Entry<LinearForm, List<int[]>> e : byFactor.entrySet()) {
            if (e.getValue().size() > best.size()) {
                factor = e.getKey();
                best = e.getValue();
            }
        }
        if (best.size() < 2) {
            return Integer.MIN_VALUE;
        }
        LinearForm.Builder rest = new LinearForm.Builder();
        LinearForm.Builder remaining = new LinearForm.Builder().add(sum, 1);
        for (int[] occurrence : best) {
            int v = sum.value(occurrence[0]);
            double w = sum.weight(occurrence[0]);
            int step = occurrence[1];
            LinearForm taken = occurrence[2] == 0 ? left.get(step) : right.get(step);
            LinearForm other = occurrence[2] == 0 ? right.get(step) : left.get(step);
            remaining.addTerm(v, -w);
            if (step == v - inputCount) {
                rest.add(other, w * taken.weight(0)); // the chain's last product: its other operand is the rest
            } else {
                // deeper: the product's place in its chain takes its other operand; the chain's value is the rest
                LinearForm holder = form(occurrence[3]);
                setForm(occurrence[3], other.times(holder.weight(0) * taken.weight(0)));
                count(other, 1);
                rest.addTerm(v, w);
                uses[v]--; // read by the cofactor instead of the sum, counted there below
            }
            count(left.get(step), -1);
            count(right.get(step), -1);
            uses[inputCount + step] = 0;
            left.set(step, null);
            right.set(step, null);
        }
        LinearForm cofactor = rest.build();
        if (cofactor.size() == 0) {
            setForm(location, remaining.add(factor, cofactor.constant()).build());
            count(factor, cofactor.constant() == 0 ? 0 : 1);
            return -1;
        }
        int created = left.size();
        left.add(factor);
        right.add(cofactor);
        uses = Arrays.copyOf(uses, inputCount + left.size());
        count(factor, 1);
        count(cofactor, 1);
        uses[inputCount + created] = 1;
        setForm(location, remaining.addTerm(inputCount + created, 1).build());
        return created;
    }

    /** A product used once, of two non-constant operands. */
    private boolean inChain(int v) {
        int step = v - inputCount;
        return step >= 0 && uses[v] == 1 && left.get(step) != null && left.get(step).size() > 0
                && right.get(step).size() > 0;
    }

    /** The factors of this step's chain, each once per term; holder = the location that reads the step. */
    private void collect(int term, int step, int holder, Map<LinearForm, List<int[]>> byFactor, Set<LinearForm> seen) {
        for (int side = 0; side < 2; side++) {
            LinearForm factor = normalized(side == 0 ? left.get(step) : right.get(step));
            if (seen.add(factor)) {
                byFactor.computeIfAbsent(factor, f -> new ArrayList<>()).add(new int[] { term, step, side, holder });
            }
        }
        for (int side = 0; side < 2; side++) {
            LinearForm operand = side == 0 ? left.get(step) : right.get(step);
            if (operand.size() == 1 && operand.constant() == 0 && inChain(operand.value(0))) {
                collect(term, operand.value(0) - inputCount, 2 * step + side, byFactor, seen);
            }
        }
    }

    private void count(LinearForm form, int delta) {
        for (int k = 0; k < form.size(); k++) {
            uses[form.value(k)] += delta;
        }
    }

    /** The live steps in an order where each follows what it reads (depth first from the outputs), renumbered. */
    private Plan rebuild() {
        int[] renamed = new int[inputCount + left.size()];
        Arrays.fill(renamed, -1);
        for (int v = 0; v < inputCount; v++) {
            renamed[v] = v;
        }
        List<Step> steps = new ArrayList<>();
        for (LinearForm output : outputs) {
            place(output, renamed, steps);
        }
        List<LinearForm> remapped = new ArrayList<>();
        for (LinearForm output : outputs) {
            remapped.add(rename(output, renamed));
        }
        return new Plan(inputCount, steps, remapped);
    }

    private void place(LinearForm form, int[] renamed, List<Step> steps) {
        for (int k = 0; k < form.size(); k++) {
            int v = form.value(k);
            if (renamed[v] < 0) {
                int step = v - inputCount;
                place(left.get(step), renamed, steps);
                place(right.get(step), renamed, steps);
                steps.add(new Step.Product(rename(left.get(step), renamed), rename(right.get(step), renamed)));
                renamed[v] = inputCount + steps.size() - 1;
            }
        }
    }

    private static LinearForm rename(LinearForm form, int[] renamed) {
        LinearForm.Builder b = new LinearForm.Builder().addConstant(form.constant());
        for (int k = 0; k < form.size(); k++) {
            b.addTerm(renamed[form.value(k)], form.weight(k));
        }
        return b.build();
    }
}
