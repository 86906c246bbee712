package org.cheapnet.dsl.compiler.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cheapnet.dsl.ham.Reference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Collects lowering diagnostics, each place and code once (a faulty sum body would otherwise
 * report once per term), and defines the two ways evaluation stops early.
 */
final class LoweringProblems {
    private final List<LoweringDiagnostic> diagnostics = new ArrayList<>();
    private final Set<List<Object>> seen = new HashSet<>();

    /** Records an error and abandons the declaration being lowered. */
    Abort error(String code, String message, EObject object, EStructuralFeature feature, int index, String... data) {
        record(code, message, object, feature, index, data);
        return Abort.INSTANCE;
    }

    Abort error(String code, String message, EObject object) {
        return error(code, message, object, null, -1);
    }

    void record(String code, String message, EObject object, EStructuralFeature feature, int index, String... data) {
        if (seen.add(List.of(code, object, Objects.requireNonNullElse(feature, ""), index))) {
            diagnostics.add(new LoweringDiagnostic(code, message, object, feature, index, data));
        }
    }

    List<LoweringDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** Abandons the declaration being lowered, after an error was recorded (or a link failed). */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Abort INSTANCE = new Abort();

        private Abort() {
            super(null, null, false, false);
        }
    }

    /**
     * A reference named a site outside an open lattice: the enclosing term of a sum or prod is
     * left out (LANGUAGE.md, site arithmetic).
     */
    static final class OutsideLattice extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Reference reference;

        OutsideLattice(Reference reference) {
            super(null, null, false, false);
            this.reference = reference;
        }
    }
}
