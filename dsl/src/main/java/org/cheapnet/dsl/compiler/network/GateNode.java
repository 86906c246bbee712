package org.cheapnet.dsl.compiler.network;

import java.util.List;
import java.util.Objects;

import org.cheapnet.dsl.compiler.plan.LinearForm;

/**
 * One gate of a {@link GateProgram}: its kind and its operands, linear forms of earlier program
 * values. A product has two operands, a square one, a flat product n (an atom repeated for a
 * power), a bit or spin product one per input.
 */
public record GateNode(GateKind kind, List<LinearForm> operands) {

    public GateNode {
        Objects.requireNonNull(kind, "kind");
        operands = List.copyOf(operands);
        int arity = operands.size();
        boolean ok = switch (kind) {
            case PRODUCT -> arity == 2;
            case SQUARE -> arity == 1;
            case FLAT_PRODUCT, BIT_PRODUCT, SPIN_PRODUCT -> arity >= 1;
        };
        if (!ok) {
            throw new IllegalArgumentException(kind + " with " + arity + " operands");
        }
    }

    public int arity() {
        return operands.size();
    }

    /** The largest program value an operand reads, -1 if none. */
    public int lastOperand() {
        int last = -1;
        for (LinearForm operand : operands) {
            last = Math.max(last, operand.lastValue());
        }
        return last;
    }
}
