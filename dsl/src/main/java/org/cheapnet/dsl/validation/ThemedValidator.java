package org.cheapnet.dsl.validation;

import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.LoweredModels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/** Base of the validators that {@link HamValidator} composes: not registered on their own. */
abstract class ThemedValidator extends AbstractHamValidator {
	@Inject
	private LoweredModels loweredModels;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into HamValidator
	}

	/** The expansion of the model that holds this node (cached per resource). */
	protected LoweredModel lowered(EObject node) {
		return loweredModels.of(EcoreUtil2.getContainerOfType(node, Model.class));
	}
}
