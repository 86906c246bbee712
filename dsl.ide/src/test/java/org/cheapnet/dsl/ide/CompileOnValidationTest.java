package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cheapnet.dsl.ham.HamFile;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The language server validates with every check after each edit; with the IDE module the
 * compilation check is off there (the same model fails it under the runtime module: see
 * CompilationValidationTest in dsl), so typing never waits for planning and verification.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class CompileOnValidationTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void theIdeDoesNotCompileOnValidation() throws Exception {
		HamFile file = parser.parse("model M {\n    real x[6]\n    @symmetric(flip, permutation) @depth(1)\n    hamiltonian Flat = prod(i in 0..5) x[i]\n}\n");
		// no VerificationFailed (nor anything else): the flat network is not built here
		assertEquals(List.of(), validation.validate(file).stream().map(Issue::getCode).toList());
	}
}
