package org.cheapnet.dsl.compiler.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.gate.FlatProductGate;

/**
 * The one-hidden-layer network of {@code @depth(1)} (the no-flattening theorems' construction):
 * every monomial of degree n >= 2 of the expanded polynomial is one gate on the inputs, summed
 * linearly with its coefficient. A product of distinct bits or of distinct spins is a threshold
 * gate (1 or k neurons) when the activation saturates; any other monomial is a flat product gate
 * of 2^n neurons, a power x^k being k copies of x. Monomials shared between outputs are built once.
 */
public final class FlatConstruction {

    private FlatConstruction() {
    }

    /** Why the flat network cannot be built (a monomial with too many factors), or empty. */
    public static Optional<String> unsupported(List<Polynomial> expanded, VariableSpace space, Activation activation) {
        for (Polynomial p : expanded) {
            for (Monomial m : p.monomials()) {
                if (m.degree() >= 2 && kind(m, space, activation) == GateKind.FLAT_PRODUCT
                        && m.degree() > FlatProductGate.MAX_FACTORS) {
                    return Optional.of("the flat (@depth(1)) network needs a product of " + m.degree()
                            + " factors in one layer; the flat gate takes at most " + FlatProductGate.MAX_FACTORS);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The flat program, one output per polynomial; check {@link #unsupported} first.
     *
     * @param expanded let-free polynomials over the space's inputs
     */
    public static GateProgram build(List<Polynomial> expanded, VariableSpace space, Activation activation) {
        int inputs = space.inputCount();
        List<GateNode> gates = new ArrayList<>();
        Map<Monomial, Integer> gateOf = new HashMap<>();
        List<LinearForm> outputs = new ArrayList<>();
        for (Polynomial p : expanded) {
            Map<Integer, Double> weights = new HashMap<>();
            double constant = 0;
            for (int k = 0; k < p.termCount(); k++) {
                Monomial m = p.monomial(k);
                double c = p.coefficientAt(k);
                if (m.degree() == 0) {
                    constant += c;
                } else if (m.degree() == 1) {
                    weights.merge(inputAtom(m, 0, space), c, Double::sum);
                } else {
                    int value = gateOf.computeIfAbsent(m, key -> {
                        gates.add(gate(key, space, activation));
                        return inputs + gates.size() - 1;
                    });
                    weights.merge(value, c, Double::sum);
                }
            }
            outputs.add(LinearForm.of(weights, constant));
        }
        return new GateProgram(inputs, gates, outputs);
    }

    /** The neurons of the flat network of one polynomial, without building it (saturating at Long.MAX_VALUE). */
    public static long neuronCount(Polynomial expanded, VariableSpace space, Activation activation) {
        long neurons = 0;
        for (Monomial m : expanded.monomials()) {
            if (m.degree() >= 2) {
                neurons = GateProgram.saturatedAdd(neurons, kind(m, space, activation).neurons(m.degree()));
            }
        }
        return neurons;
    }

    private static GateNode gate(Monomial m, VariableSpace space, Activation activation) {
        List<LinearForm> factors = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            LinearForm factor = LinearForm.of(inputAtom(m, i, space));
            for (int e = 0; e < m.exponent(i); e++) {
                factors.add(factor);
            }
        }
        return new GateNode(kind(m, space, activation), factors);
    }

    /** A threshold gate for a product of distinct bits or of distinct spins if the activation saturates, else a flat product. */
    private static GateKind kind(Monomial m, VariableSpace space, Activation activation) {
        if (!activation.saturates() || m.degree() != m.size()) {
            return GateKind.FLAT_PRODUCT;
        }
        VariableKind first = kindOf(m, 0, space);
        for (int i = 1; i < m.size(); i++) {
            if (kindOf(m, i, space) != first) {
                return GateKind.FLAT_PRODUCT;
            }
        }
        return switch (first) {
            case BIT -> GateKind.BIT_PRODUCT;
            case SPIN -> GateKind.SPIN_PRODUCT;
            case REAL -> GateKind.FLAT_PRODUCT;
        };
    }

    private static VariableKind kindOf(Monomial m, int i, VariableSpace space) {
        return space.kind(inputAtom(m, i, space));
    }

    private static int inputAtom(Monomial m, int i, VariableSpace space) {
        int atom = m.atom(i);
        if (!space.isInput(atom)) {
            throw new IllegalArgumentException("the polynomial is not expanded: it reads the let " + space.label(atom));
        }
        return atom;
    }
}
