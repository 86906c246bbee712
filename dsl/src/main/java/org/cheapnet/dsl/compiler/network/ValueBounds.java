package org.cheapnet.dsl.compiler.network;

import java.util.List;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Ranges of every value of a gate program, by interval arithmetic from the inputs' declared
 * ranges (bits [0, 1], spins [-1, 1], reals [lo, hi]): a linear form c + sum w_i v_i gets
 * c + sum w_i [lo_i, hi_i], a gate the product of its operands' ranges (a square the range of
 * x^2). A gate runs on its operands divided by their bounds, so on [-1, 1], and its output is
 * multiplied back by the product of those bounds: the gate's {@link #scale}.
 */
final class ValueBounds {

    private final GateProgram program;
    private final Interval[] range;

    private ValueBounds(GateProgram program, Interval[] range) {
        this.program = program;
        this.range = range;
    }

    static ValueBounds of(GateProgram program, VariableSpace space) {
        Interval[] range = new Interval[program.valueCount()];
        for (int i = 0; i < program.inputCount(); i++) {
            range[i] = inputRange(space, i);
        }
        for (int g = 0; g < program.gates().size(); g++) {
            GateNode gate = program.gates().get(g);
            List<LinearForm> operands = gate.operands();
            Interval r = range(operands.get(0), range);
            if (gate.kind() == GateKind.SQUARE) {
                r = r.squared();
            }
            for (int i = 1; i < operands.size(); i++) {
                r = r.times(range(operands.get(i), range));
            }
            range[program.valueOf(g)] = r;
        }
        return new ValueBounds(program, range);
    }

    private static Interval inputRange(VariableSpace space, int atom) {
        return switch (space.kind(atom)) {
            case BIT -> new Interval(0, 1);
            case SPIN -> new Interval(-1, 1);
            case REAL -> new Interval(space.declarationOf(atom).lo(), space.declarationOf(atom).hi());
        };
    }

    private static Interval range(LinearForm form, Interval[] range) {
        Interval r = Interval.point(form.constant());
        for (int i = 0; i < form.size(); i++) {
            r = r.plus(range[form.value(i)].times(form.weight(i)));
        }
        return r;
    }

    /** max |form| over the box. */
    double bound(LinearForm form) {
        return range(form, range).bound();
    }

    /** What a gate divides its operand by: its bound, or 1 for an operand that is always 0. */
    double operandScale(LinearForm operand) {
        double b = bound(operand);
        return b > 0 ? b : 1;
    }

    /** What a gate's normalized output is multiplied by: the product of its operands' scales (with repeats; squared for a square). */
    double gateScale(int gate) {
        GateNode node = program.gates().get(gate);
        double scale = 1;
        for (LinearForm operand : node.operands()) {
            scale *= operandScale(operand);
        }
        return node.kind() == GateKind.SQUARE ? scale * scale : scale;
    }
}
