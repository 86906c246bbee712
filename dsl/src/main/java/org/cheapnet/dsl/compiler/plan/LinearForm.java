package org.cheapnet.dsl.compiler.plan;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse affine combination c + sum_i w_i v_i of values, numbered as a plan's or a runtime
 * network's values are. In a network linear maps are free (they fold into the weights of the
 * next neurons), so a plan passes these around as operands and outputs, and the network emitter
 * carries them until a neuron reads them. Immutable; values strictly increasing; no zero weights.
 */
public final class LinearForm {
    private static final LinearForm ZERO = new LinearForm(new int[0], new double[0], 0);

    private final int[] values;
    private final double[] weights;
    private final double constant;

    private LinearForm(int[] values, double[] weights, double constant) {
        this.values = values;
        this.weights = weights;
        this.constant = constant;
    }

    public static LinearForm zero() {
        return ZERO;
    }

    public static LinearForm constant(double c) {
        return new LinearForm(new int[0], new double[0], c);
    }

    /** The value itself, weight 1. */
    public static LinearForm of(int value) {
        return new LinearForm(new int[] { value }, new double[] { 1 }, 0);
    }

    /** c + sum of weight * value over the map's entries (zero weights dropped). */
    public static LinearForm of(Map<Integer, Double> weights, double constant) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(weights);
        sorted.values().removeIf(w -> w == 0);
        int[] v = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] w = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new LinearForm(v, w, constant);
    }

    public int size() {
        return values.length;
    }

    public int value(int i) {
        return values[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    public double constant() {
        return constant;
    }

    /** True for exactly one value with weight 1 and no constant: the value itself. */
    public boolean isValue() {
        return values.length == 1 && weights[0] == 1 && constant == 0;
    }

    public LinearForm plus(LinearForm other) {
        return combine(other, 1);
    }

    public LinearForm times(double factor) {
        if (factor == 0) {
            return ZERO;
        }
        double[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= factor;
        }
        return new LinearForm(values, w, constant * factor);
    }

    /** this + factor * other. */
    public LinearForm combine(LinearForm other, double factor) {
        return new Builder().add(this, 1).add(other, factor).build();
    }

    /** The values read, ascending (a copy). */
    public int[] values() {
        return values.clone();
    }

    /** The weights, in the order of {@link #values()} (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** c + sum_i w_i v_i with v indexed by plan value. */
    public double evaluate(double[] planValues) {
        double result = constant;
        for (int i = 0; i < values.length; i++) {
            result += weights[i] * planValues[values[i]];
        }
        return result;
    }

    /** The largest value it reads, or -1 for a constant. */
    public int lastValue() {
        return values.length == 0 ? -1 : values[values.length - 1];
    }

    /** Accumulates factor * forms, single terms and constants; zero weights are dropped on {@link #build()}. */
    public static final class Builder {
        private final TreeMap<Integer, Double> weights = new TreeMap<>();
        private double constant;

        public Builder add(LinearForm form, double factor) {
            constant += factor * form.constant;
            for (int i = 0; i < form.values.length; i++) {
                weights.merge(form.values[i], factor * form.weights[i], Double::sum);
            }
            return this;
        }

        public Builder addTerm(int value, double weight) {
            weights.merge(value, weight, Double::sum);
            return this;
        }

        public Builder addConstant(double c) {
            constant += c;
            return this;
        }

        public LinearForm build() {
            return of(weights, constant);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearForm f && constant == f.constant && Arrays.equals(values, f.values)
                && Arrays.equals(weights, f.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(values) + Arrays.hashCode(weights)) + Double.hashCode(constant);
    }

    /** E.g. "0.5 + 2*v3 - v7". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (constant != 0 || values.length == 0) {
            s.append(constant);
        }
        for (int i = 0; i < values.length; i++) {
            double w = weights[i];
            s.append(s.length() == 0 ? (w < 0 ? "-" : "") : (w < 0 ? " - " : " + "));
            if (Math.abs(w) != 1) {
                s.append(Math.abs(w)).append('*');
            }
            s.append('v').append(values[i]);
        }
        return s.toString();
    }
}
