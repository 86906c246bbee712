package org.cheapnet.dsl.compiler.poly;

/**
 * Exact evaluation of a polynomial with lets at one point: the inputs are given, each let that is
 * needed is evaluated once through its definition, then the polynomial. The reference the
 * generated networks are tested against.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * The value of p at the input point x.
     *
     * @param inputs one value per input atom (length space.inputCount())
     * @throws IllegalArgumentException if inputs has the wrong length, or p needs a let that has
     *                                  no definition
     * @throws IllegalStateException    if the lets it needs are defined in a cycle
     */
    public static double evaluate(Polynomial p, VariableSpace space, LetDefinitions lets, double[] inputs) {
        if (inputs.length != space.inputCount()) {
            throw new IllegalArgumentException(inputs.length + " input values for " + space.inputCount() + " inputs");
        }
        double[] values = new double[space.atomCount()];
        System.arraycopy(inputs, 0, values, 0, inputs.length);
        // 0 = not yet evaluated, 1 = being evaluated, 2 = done
        byte[] state = new byte[space.atomCount()];
        prepare(p, space, lets, values, state);
        return p.evaluate(values);
    }

    /** Evaluates every let that p mentions (and, first, the lets those need). */
    private static void prepare(Polynomial p, VariableSpace space, LetDefinitions lets, double[] values, byte[] state) {
        for (int atom : p.atoms()) {
            if (space.isInput(atom) || state[atom] == 2) {
                continue;
            }
            if (state[atom] == 1) {
                throw new IllegalStateException("the let " + space.label(atom) + " is defined through itself");
            }
            Polynomial definition = lets.definition(atom);
            if (definition == null) {
                throw new IllegalArgumentException("atom " + atom + " is neither an input nor a defined let");
            }
            state[atom] = 1;
            prepare(definition, space, lets, values, state);
            values[atom] = definition.evaluate(values);
            state[atom] = 2;
        }
    }
}
