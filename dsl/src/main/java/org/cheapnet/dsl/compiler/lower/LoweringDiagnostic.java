package org.cheapnet.dsl.compiler.lower;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A problem found while lowering, attached to the offending AST node (and feature and index
 * within it, when narrower); the validator reports it, the command line prints it.
 */
public record LoweringDiagnostic(String code, String message, EObject object, EStructuralFeature feature, int index,
        String[] data) {
}
