package org.cheapnet.dsl.compiler.driver;

import org.eclipse.emf.ecore.EObject;

/** A hamiltonian or classifier that could not be compiled: where, an issue code, and why. */
public record CompilationProblem(EObject at, String code, String message) {
}
