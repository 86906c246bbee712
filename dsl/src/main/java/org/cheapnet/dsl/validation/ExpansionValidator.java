package org.cheapnet.dsl.validation;

import org.cheapnet.dsl.compiler.lower.LoweringDiagnostic;
import org.cheapnet.dsl.ham.Model;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/** Reports what lowering found: non-polynomial expressions, bad indices and sites, cycles, limits. */
public class ExpansionValidator extends ThemedValidator {

	@Check(CheckType.NORMAL)
	public void checkExpansion(Model model) {
		for (LoweringDiagnostic d : lowered(model).diagnostics()) {
			error(d.message(), d.object(), d.feature(), d.index(), d.code(), d.data());
		}
	}
}
