package org.cheapnet.dsl.lang;

import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.ham.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Lowers a model once per resource state: the validators, the command line and later the
 * generator share this one expansion, so the editor and the compiler never disagree and
 * validating a big lattice expands it once.
 */
@Singleton
public class LoweredModels {
	@Inject
	private IResourceScopeCache cache;

	public LoweredModel of(Model model) {
		Resource resource = model.eResource();
		if (resource == null) {
			return Lowering.lower(model);
		}
		return cache.get(Tuples.pair(LoweredModels.class, model), resource, () -> Lowering.lower(model));
	}
}
