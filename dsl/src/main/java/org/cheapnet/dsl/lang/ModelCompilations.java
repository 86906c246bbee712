package org.cheapnet.dsl.lang;

import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompiler;
import org.cheapnet.dsl.ham.Model;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Compiles a model (plan, network, verification) once per resource state, on the lowering the
 * validator already made; shared by the compilation validator, the generator and the hover, so
 * a model is compiled once per edit (an edit of the file clears it).
 */
@Singleton
public class ModelCompilations {
	@Inject
	private LoweredModels lowered;

	@Inject
	private IResourceScopeCache cache;

	public ModelCompilation of(Model model) {
		if (model.eResource() == null) {
			return ModelCompiler.compile(model, lowered.of(model));
		}
		return cache.get(Tuples.pair(ModelCompilations.class, model), model.eResource(),
				() -> ModelCompiler.compile(model, lowered.of(model)));
	}
}
