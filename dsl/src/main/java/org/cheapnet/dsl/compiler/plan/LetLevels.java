package org.cheapnet.dsl.compiler.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The lets a set of polynomials needs, each with its level in the DAG: inputs are level 0, a let
 * is one more than the highest level its definition mentions. Everything at level L can be
 * computed once the lets below L are.
 */
final class LetLevels {

    private final VariableSpace space;
    private final LetDefinitions lets;
    /** let atom -> level, ascending atoms. */
    private final TreeMap<Integer, Integer> levels = new TreeMap<>();
    private final Set<Integer> inProgress = new HashSet<>();

    private LetLevels(VariableSpace space, LetDefinitions lets) {
        this.space = space;
        this.lets = lets;
    }

    /**
     * @throws IllegalArgumentException if a polynomial mentions an atom that is neither an input
     *                                  nor a defined let
     * @throws IllegalStateException    if lets are defined through themselves
     */
    static LetLevels of(List<Polynomial> polynomials, VariableSpace space, LetDefinitions lets) {
        LetLevels result = new LetLevels(space, lets);
        for (Polynomial p : polynomials) {
            result.levelOf(p);
        }
        return result;
    }

    /** The needed lets in increasing atom order, with their levels. */
    TreeMap<Integer, Integer> levels() {
        return levels;
    }

    int highest() {
        return levels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** 0 for an input, the let's level otherwise. */
    int level(int atom) {
        return space.isInput(atom) ? 0 : levels.get(atom);
    }

    private int levelOf(Polynomial p) {
        int level = 0;
        for (int atom : p.atoms()) {
            level = Math.max(level, atomLevel(atom));
        }
        return level;
    }

    private int atomLevel(int atom) {
        if (space.isInput(atom)) {
            return 0;
        }
        Integer known = levels.get(atom);
        if (known != null) {
            return known;
        }
        Polynomial definition = lets.definition(atom);
        if (definition == null) {
            throw new IllegalArgumentException("atom " + atom + " is neither an input nor a defined let");
        }
        if (!inProgress.add(atom)) {
            throw new IllegalStateException("the let " + space.label(atom) + " is defined through itself");
        }
        int level = 1 + levelOf(definition);
        inProgress.remove(atom);
        levels.put(atom, level);
        return level;
    }
}
