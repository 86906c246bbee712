package org.cheapnet.dsl.validation;

import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.ModelCompilations;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * Compiles the model (plan, network, verification) and reports what could not be compiled, e.g.
 * a network that misses @tolerance, as an error at the hamiltonian or classifier: so that the
 * Maven build and hamc fail with file and line. Expensive: not run while typing in the editor,
 * and off in IDE integrations that validate with every check on each change (the language
 * server binds {@link #ON_VALIDATION} to false; its hover shows the same problems on demand).
 */
public class CompilationValidator extends ThemedValidator {
	/** Name of the boolean binding that turns this check off. */
	public static final String ON_VALIDATION = "org.cheapnet.ham.compileOnValidation";

	@Inject
	private ModelCompilations compilations;

	@Inject(optional = true)
	@Named(ON_VALIDATION)
	private boolean enabled = true;

	@Check(CheckType.EXPENSIVE)
	public void checkCompiles(Model model) {
		if (enabled && lowered(model).diagnostics().isEmpty() && !hasErrors(model)) {
			for (CompilationProblem problem : compilations.of(model).problems()) {
				error(problem.message(), problem.at(), HamPackage.Literals.SYMBOL__NAME, problem.code());
			}
		}
	}

	/** Earlier errors in this resource (syntax, linking) make compiling pointless. */
	private static boolean hasErrors(Model model) {
		return !model.eResource().getErrors().isEmpty();
	}
}
