package org.cheapnet.dsl.compiler.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the atoms of a model's polynomials. Atom ids 0..inputCount()-1 are the inputs, in
 * declaration order, each declaration's indices in order: the atom id is the offset in the
 * generated code's input vector. Let instances (derived fields) get ids from inputCount()
 * upwards, in the order they are added.
 *
 * <p>The inputs are fixed at construction; lets are added during lowering only (not thread-safe).
 */
public final class VariableSpace {

    private final List<VariableDeclaration> inputs;
    /** offsets[d] = first atom of declaration d; offsets[inputs.size()] = inputCount. */
    private final int[] offsets;
    private final Map<VariableDeclaration, Integer> declarationIndexByIdentity = new IdentityHashMap<>();
    private final Map<VariableDeclaration, Integer> declarationIndexByValue = new HashMap<>();
    private final List<String> letLabels = new ArrayList<>();

    /**
     * @throws ArithmeticException if the inputs together hold more than Integer.MAX_VALUE values
     */
    public VariableSpace(List<VariableDeclaration> inputs) {
        this.inputs = List.copyOf(inputs);
        this.offsets = new int[this.inputs.size() + 1];
        for (int d = 0; d < this.inputs.size(); d++) {
            VariableDeclaration declaration = this.inputs.get(d);
            offsets[d + 1] = Math.addExact(offsets[d], declaration.count());
            declarationIndexByIdentity.put(declaration, d);
            declarationIndexByValue.putIfAbsent(declaration, d);
        }
    }

    /** The input declarations, in declaration order. */
    public List<VariableDeclaration> inputs() {
        return inputs;
    }

    /** The length of the generated code's input vector. */
    public int inputCount() {
        return offsets[inputs.size()];
    }

    /**
     * The first atom id of a declaration.
     *
     * @throws IllegalArgumentException if the declaration is not one of the inputs
     */
    public int offset(VariableDeclaration declaration) {
        return offsets[declarationIndex(declaration)];
    }

    /** The atom of one value of a declaration. */
    public int inputAtom(VariableDeclaration declaration, int index) {
        int d = declarationIndex(declaration);
        if (index < 0 || index >= declaration.count()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + declaration.name()
                    + " with " + declaration.count() + " values");
        }
        return offsets[d] + index;
    }

    public boolean isInput(int atom) {
        return atom >= 0 && atom < inputCount();
    }

    public boolean isLet(int atom) {
        return atom >= inputCount() && atom < atomCount();
    }

    /** The declaration an input atom belongs to. */
    public VariableDeclaration declarationOf(int inputAtom) {
        return inputs.get(declarationIndexOf(inputAtom));
    }

    /** The index of an input atom within its declaration (0 for a scalar, the site for a lattice field). */
    public int indexOf(int inputAtom) {
        return inputAtom - offsets[declarationIndexOf(inputAtom)];
    }

    /** The kind of an atom; lets are REAL. */
    public VariableKind kind(int atom) {
        checkAtom(atom);
        return isInput(atom) ? declarationOf(atom).kind() : VariableKind.REAL;
    }

    /** Registers a let instance (label like "m[1,2]" or "E") and returns its new atom id. */
    public int addLet(String label) {
        letLabels.add(label);
        return atomCount() - 1;
    }

    /** Inputs plus lets. */
    public int atomCount() {
        return inputCount() + letLabels.size();
    }

    /** The input's label ("s[1,2]") or the let's label. */
    public String label(int atom) {
        checkAtom(atom);
        if (isInput(atom)) {
            int d = declarationIndexOf(atom);
            return inputs.get(d).label(atom - offsets[d]);
        }
        return letLabels.get(atom - inputCount());
    }

    /**
     * The largest |value| an atom takes on its domain: max(|lo|, |hi|) for a real input, 1 for
     * bits and spins, NaN for a let (its bound is not known without evaluating its definition).
     */
    public double bound(int atom) {
        checkAtom(atom);
        if (!isInput(atom)) {
            return Double.NaN;
        }
        VariableDeclaration declaration = declarationOf(atom);
        if (declaration.kind() != VariableKind.REAL) {
            return 1;
        }
        return Math.max(Math.abs(declaration.lo()), Math.abs(declaration.hi()));
    }

    private int declarationIndex(VariableDeclaration declaration) {
        Integer d = declarationIndexByIdentity.get(declaration);
        if (d == null) {
            d = declarationIndexByValue.get(declaration);
        }
        if (d == null) {
            throw new IllegalArgumentException(declaration + " is not an input of this space");
        }
        return d;
    }

    private int declarationIndexOf(int inputAtom) {
        if (!isInput(inputAtom)) {
            throw new IndexOutOfBoundsException("atom " + inputAtom + " is not one of the " + inputCount() + " inputs");
        }
        // the last declaration whose offset is <= atom and that is not empty
        int found = Arrays.binarySearch(offsets, 0, inputs.size(), inputAtom);
        if (found < 0) {
            return -found - 2;
        }
        while (found + 1 < inputs.size() && offsets[found + 1] == inputAtom) {
            found++; // skip empty declarations (vectors of size 0) sharing the offset
        }
        return found;
    }

    private void checkAtom(int atom) {
        if (atom < 0 || atom >= atomCount()) {
            throw new IndexOutOfBoundsException("atom " + atom + " of " + atomCount());
        }
    }
}
