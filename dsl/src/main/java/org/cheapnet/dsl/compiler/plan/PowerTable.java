package org.cheapnet.dsl.compiler.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The powers of each base operand computed so far. When a base is needed at several exponents,
 * one shortest addition sequence produces all of them (x^2, x^3, x^5: x*x, x^2*x, x^3*x^2, 3
 * products), extending the powers already known from earlier batches.
 */
final class PowerTable {

    private final StepBuilder steps;
    /** base operand -> (exponent -> operand of base^exponent), exponent 1 included. */
    private final Map<Integer, NavigableMap<Integer, Integer>> powers = new HashMap<>();

    PowerTable(StepBuilder steps) {
        this.steps = steps;
    }

    /** Makes base^e available for every e in exponents (each >= 1). */
    void require(int base, SortedSet<Integer> exponents) {
        NavigableMap<Integer, Integer> known = known(base);
        int[] knownExponents = known.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] targets = exponents.stream().mapToInt(Integer::intValue).toArray();
        for (int e : AdditionChains.extend(knownExponents, targets)) {
            int half = halfOf(e, known);
            known.put(e, steps.product(known.get(half), known.get(e - half)));
        }
    }

    /** The operand of base^exponent, which must have been required unless it is 1. */
    int power(int base, int exponent) {
        if (exponent == 1) {
            return base;
        }
        Integer operand = known(base).get(exponent);
        if (operand == null) {
            throw new IllegalStateException("power " + exponent + " of operand " + base + " was not required");
        }
        return operand;
    }

    private NavigableMap<Integer, Integer> known(int base) {
        return powers.computeIfAbsent(base, b -> new TreeMap<>(Map.of(1, b)));
    }

    /** The larger summand a of e = a + b with both known: a square (a = e/2) when possible. */
    private static int halfOf(int e, NavigableMap<Integer, Integer> known) {
        if (e % 2 == 0 && known.containsKey(e / 2)) {
            return e / 2;
        }
        for (int a : known.headMap(e, false).descendingKeySet()) {
            if (a * 2 < e) {
                break;
            }
            if (known.containsKey(e - a)) {
                return a;
            }
        }
        throw new IllegalStateException("exponent " + e + " is no sum of known exponents " + known.keySet());
    }
}
