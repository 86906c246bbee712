package org.cheapnet.dsl.compiler.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the operands of products: linear forms normalized so that their first weight is 1
 * (c * f and f are the same operand up to a free scale). Equal forms get equal ids, which is what
 * lets value numbering key on pairs of ids. Ids are handed out in order of first use, so a
 * deterministic caller gets deterministic ids.
 */
final class OperandTable {

    /** A linear form as scale * operand. */
    record Scaled(double scale, int operand) {
    }

    private final List<LinearForm> forms = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();
    private final Map<LinearForm, Integer> ids = new HashMap<>();

    /** form = scale * normalized(form); form must read at least one value. */
    static double scaleOf(LinearForm form) {
        if (form.size() == 0) {
            throw new IllegalArgumentException("a constant is not an operand: " + form);
        }
        return form.weight(0);
    }

    /**
     * The id of the normalized form, new ones recorded with the given depth (products on the
     * longest path to it).
     */
    Scaled intern(LinearForm form, int depth) {
        double scale = scaleOf(form);
        LinearForm normalized = scale == 1 ? form : form.times(1 / scale);
        Integer id = ids.get(normalized);
        if (id == null) {
            id = forms.size();
            forms.add(normalized);
            depths.add(depth);
            ids.put(normalized, id);
        }
        return new Scaled(scale, id);
    }

    LinearForm form(int operand) {
        return forms.get(operand);
    }

    int depth(int operand) {
        return depths.get(operand);
    }
}
