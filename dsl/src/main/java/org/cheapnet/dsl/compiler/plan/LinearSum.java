package org.cheapnet.dsl.compiler.plan;

import java.util.TreeMap;

/** Accumulates c + sum of weight * value term by term, in time linear in the terms (unlike LinearForm.plus). */
final class LinearSum {

    private final TreeMap<Integer, Double> weights = new TreeMap<>();
    private double constant;

    void addConstant(double c) {
        constant += c;
    }

    /** this += factor * form. */
    void add(double factor, LinearForm form) {
        constant += factor * form.constant();
        for (int i = 0; i < form.size(); i++) {
            weights.merge(form.value(i), factor * form.weight(i), Double::sum);
        }
    }

    LinearForm toForm() {
        return LinearForm.of(weights, constant);
    }
}
