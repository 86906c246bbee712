package org.cheapnet.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** Composes the themed validators; each checks one group of rules of LANGUAGE.md. */
@ComposedChecks(validators = { DeclarationValidator.class, AnnotationValidator.class, ExpansionValidator.class,
		LocalityValidator.class, SymmetryValidator.class, ClassifierValidator.class, CompilationValidator.class })
public class HamValidator extends AbstractHamValidator {
}
