package org.cheapnet.dsl.compiler.network;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * c + sum_i w_i v[s_i] over the values of a runtime network (inputs, neurons, linear nodes):
 * how the emitter carries a program value until some neuron reads it. Immutable; sources
 * strictly increasing; no zero weights.
 */
final class WeightedSum {

    private final int[] sources;
    private final double[] weights;
    private final double constant;

    private WeightedSum(int[] sources, double[] weights, double constant) {
        this.sources = sources;
        this.weights = weights;
        this.constant = constant;
    }

    /** v[value]. */
    static WeightedSum of(int value) {
        return new WeightedSum(new int[] {value}, new double[] {1}, 0);
    }

    int size() {
        return sources.length;
    }

    int[] sources() {
        return sources.clone();
    }

    double[] weights() {
        return weights.clone();
    }

    double constant() {
        return constant;
    }

    /** True if this is exactly v[s] for one value s. */
    boolean isValue() {
        return sources.length == 1 && weights[0] == 1 && constant == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightedSum s && constant == s.constant && Arrays.equals(sources, s.sources)
                && Arrays.equals(weights, s.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(sources) + Arrays.hashCode(weights)) + Double.hashCode(constant);
    }

    /** Accumulates factor * sum terms; zero weights are dropped on {@link #build()}. */
    static final class Builder {
        private final Map<Integer, Double> weights = new TreeMap<>();
        private double constant;

        Builder add(WeightedSum sum, double factor) {
            constant += factor * sum.constant;
            for (int i = 0; i < sum.sources.length; i++) {
                weights.merge(sum.sources[i], factor * sum.weights[i], Double::sum);
            }
            return this;
        }

        Builder addTerm(int value, double weight) {
            weights.merge(value, weight, Double::sum);
            return this;
        }

        Builder addConstant(double c) {
            constant += c;
            return this;
        }

        WeightedSum build() {
            int n = 0;
            for (double w : weights.values()) {
                if (w != 0) {
                    n++;
                }
            }
            int[] s = new int[n];
            double[] w = new double[n];
            int i = 0;
            for (Map.Entry<Integer, Double> e : weights.entrySet()) {
                if (e.getValue() != 0) {
                    s[i] = e.getKey();
                    w[i++] = e.getValue();
                }
            }
            return new WeightedSum(s, w, constant);
        }
    }
}
