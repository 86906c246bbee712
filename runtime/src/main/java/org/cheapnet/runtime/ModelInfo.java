package org.cheapnet.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a compiled Hamiltonian or classifier is: names, the input layout, and the costs and
 * error of its network. Immutable; build it with {@link #builder()}.
 *
 * @param model          the {@code model} the Hamiltonian is declared in
 * @param name           the Hamiltonian's (or classifier's) name
 * @param variables      the input layout, in declaration order, non-overlapping
 * @param classes        a classifier's class names in logit order; empty for a Hamiltonian
 * @param activation     the activation of the network's neurons
 * @param monomials      monomials of the canonical polynomial
 * @param multiplications products in the evaluation plan
 * @param neurons        hidden neurons of the network
 * @param depth          hidden layers of the network
 * @param weights        non-zero weights of the network
 * @param lambda         the smooth gates' input scale, 0 if the network has none
 * @param beta           the threshold gates' steepness, 0 if the network has none
 * @param errorBound     the bound on the relative error (LANGUAGE.md) the compiler verified
 * @param flatNeurons    neurons of the one-hidden-layer (flat) network for the same polynomial
 */
public record ModelInfo(String model, String name, List<VariableLayout> variables, List<String> classes,
                        Activation activation, int monomials, int multiplications, int neurons, int depth,
                        long weights, double lambda, double beta, double errorBound, long flatNeurons) {

    public ModelInfo {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        variables = List.copyOf(variables);
        classes = List.copyOf(classes);
        checkDisjoint(variables);
        if (monomials < 0 || multiplications < 0 || neurons < 0 || depth < 0 || weights < 0 || flatNeurons < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (!(lambda >= 0) || !(beta >= 0) || !(errorBound >= 0)) {
            throw new IllegalArgumentException("lambda, beta and error bound must be >= 0");
        }
    }

    private static void checkDisjoint(List<VariableLayout> variables) {
        List<VariableLayout> sorted = new ArrayList<>(variables);
        sorted.sort(Comparator.comparingInt(VariableLayout::offset));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).offset() < sorted.get(i - 1).end()) {
                throw new IllegalArgumentException("variables " + sorted.get(i - 1).name() + " and "
                        + sorted.get(i).name() + " overlap");
            }
        }
    }

    /** The length of a sample: one past the largest offset used. */
    public int inputSize() {
        int size = 0;
        for (VariableLayout v : variables) {
            size = Math.max(size, v.end());
        }
        return size;
    }

    /** The variable called {@code name}. */
    public VariableLayout variable(String name) {
        for (VariableLayout v : variables) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no variable " + name);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields; {@link #build()} validates them. Defaults: empty lists, sigmoid, zeros. */
    public static final class Builder {
        private String model;
        private String name;
        private final List<VariableLayout> variables = new ArrayList<>();
        private final List<String> classes = new ArrayList<>();
        private Activation activation = Activation.SIGMOID;
        private int monomials;
        private int multiplications;
        private int neurons;
        private int depth;
        private long weights;
        private double lambda;
        private double beta;
        private double errorBound;
        private long flatNeurons;

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder variable(VariableLayout variable) {
            variables.add(variable);
            return this;
        }

        public Builder classes(List<String> classes) {
            this.classes.clear();
            this.classes.addAll(classes);
            return this;
        }

        public Builder activation(Activation activation) {
            this.activation = activation;
            return this;
        }

        public Builder monomials(int monomials) {
            this.monomials = monomials;
            return this;
        }

        public Builder multiplications(int multiplications) {
            this.multiplications = multiplications;
            return this;
        }

        public Builder neurons(int neurons) {
            this.neurons = neurons;
            return this;
        }

        public Builder depth(int depth) {
            this.depth = depth;
            return this;
        }

        public Builder weights(long weights) {
            this.weights = weights;
            return this;
        }

        public Builder lambda(double lambda) {
            this.lambda = lambda;
            return this;
        }

        public Builder beta(double beta) {
            this.beta = beta;
            return this;
        }

        public Builder errorBound(double errorBound) {
            this.errorBound = errorBound;
            return this;
        }

        public Builder flatNeurons(long flatNeurons) {
            this.flatNeurons = flatNeurons;
            return this;
        }

        public ModelInfo build() {
            return new ModelInfo(model, name, variables, classes, activation, monomials, multiplications,
                    neurons, depth, weights, lambda, beta, errorBound, flatNeurons);
        }
    }
}
