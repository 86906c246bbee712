package org.cheapnet.dsl.compiler.poly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lets of a model kept as named sub-polynomials: each let atom has a defining polynomial over
 * the inputs and earlier lets, so the lets form a DAG. Keeping them (instead of expanding them
 * at once) lets the compiler compute a let once as a layer and reuse it.
 *
 * <p>Mutable while lowering defines the lets, then read-only by convention. Inlined forms are
 * cached, so a let used many times is expanded once; not thread-safe.
 */
public final class LetDefinitions {

    private final Map<Integer, Polynomial> definitions = new HashMap<>();
    /** Inlined, reduced forms of lets, valid for inlinedSpace. */
    private final Map<Integer, Polynomial> inlined = new HashMap<>();
    private VariableSpace inlinedSpace;

    public LetDefinitions() {
    }

    /** Defines (or redefines) a let atom. */
    public void define(int letAtom, Polynomial definition) {
        definitions.put(letAtom, Objects.requireNonNull(definition, "definition"));
        inlined.clear();
    }

    /** The defining polynomial of a let, null if the atom is not a defined let. */
    public Polynomial definition(int letAtom) {
        return definitions.get(letAtom);
    }

    public boolean isDefined(int letAtom) {
        return definitions.containsKey(letAtom);
    }

    /** The defined let atoms, in increasing order (definition order, as ids are handed out in order). */
    public List<Integer> definedAtoms() {
        List<Integer> atoms = new ArrayList<>(definitions.keySet());
        atoms.sort(null);
        return atoms;
    }

    /**
     * Replaces every let atom, recursively, by its definition and reduces the result in the
     * space's algebra. Each let's inlined form is computed once and memoized, so a DAG is inlined
     * in time linear in its size (times the cost of the products).
     *
     * @throws IllegalStateException if the lets refer to each other in a cycle
     */
    public Polynomial inline(Polynomial p, VariableSpace space) {
        return inline(p, space, Integer.MAX_VALUE);
    }

    /**
     * As {@link #inline(Polynomial, VariableSpace)}, throwing {@link TermLimitExceeded} before any
     * intermediate polynomial would exceed maxTerms terms.
     */
    public Polynomial inline(Polynomial p, VariableSpace space, int maxTerms) {
        if (inlinedSpace != space) {
            inlined.clear();
            inlinedSpace = space;
        }
        return inline(p, space, new HashSet<>(), maxTerms);
    }

    private Polynomial inline(Polynomial p, VariableSpace space, Set<Integer> inProgress, int maxTerms) {
        return p.substitute(atom -> isDefined(atom) ? inlinedLet(atom, space, inProgress, maxTerms) : null,
                q -> q.reduce(space), maxTerms).reduce(space);
    }

    private Polynomial inlinedLet(int letAtom, VariableSpace space, Set<Integer> inProgress, int maxTerms) {
        Polynomial known = inlined.get(letAtom);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(letAtom)) {
            throw new IllegalStateException("the let " + space.label(letAtom) + " is defined through itself");
        }
        Polynomial form = inline(definitions.get(letAtom), space, inProgress, maxTerms);
        inProgress.remove(letAtom);
        inlined.put(letAtom, form);
        return form;
    }
}
