package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cheapnet.dsl.ham.HamFile;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter (in dsl) as the language server runs it; formatting is also idempotent. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class HamFormatterTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private FormattingService formatting;

	private String format(String text) throws Exception {
		OpenDocument open = OpenDocument.open(parser, text);
		// the editor asks for tabs; the language's layout is 4 spaces regardless
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier("file:///model.ham"),
				new FormattingOptions(8, false));
		return TextEdits.apply(text, formatting.format(open.document(), open.resource(), params, CancelIndicator.NullImpl));
	}

	private void assertFormats(String expected, String text) throws Exception {
		assertEquals(expected, format(text));
		assertEquals(expected, format(expected));
	}

	@Test
	void declarationsOnePerLineIndentedFourSpaces() throws Exception {
		assertFormats("""
				package a.b

				model Ising {
				    lattice grid = square(3, 3) periodic
				    spin s on grid
				    param J = 1.0

				    @local(1) @symmetric(translation, flip)
				    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b]
				}
				""", """
				package   a.b
				model Ising{lattice grid=square( 3,3 )periodic spin s on grid
				  param J=1.0

				        @local( 1 )   @symmetric( translation,flip )
				 hamiltonian H=- J*sum( < a,b > in grid )s[ a ]*s[b]}
				""");
	}

	@Test
	void operatorsIndicesRangesAndPowers() throws Exception {
		assertFormats("""
				model M {
				    real x[4] in [-1, 2.5]
				    let y[i in 0..2] = x[i + 1] - x[i]
				    hamiltonian H = sum(i in 0..2) (y[i]^2 + 2 * x[i] / 3) - prod(i in 0..1) x[2 * i]
				}
				""", """
				model M {
				    real x [ 4 ]in[ - 1,2.5 ]
				    let y[ i in 0 .. 2 ]=x[i+1]-x[i]
				    hamiltonian H=sum(i in 0..2)( y[i] ^ 2+2*x[i]/3 )-prod ( i in 0..1 ) x[2*i]
				}
				""");
	}

	@Test
	void continuationLinesAreKeptAndIndentedOnceMore() throws Exception {
		assertFormats("""
				model M {
				    spin s[3]
				    hamiltonian H = s[0] * s[1]
				        - s[1] * s[2]
				        + s[0]
				}
				""", """
				model M {
				    spin s[3]
				    hamiltonian H = s[0]*s[1]
				                  - s[1]*s[2]
				  + s[0]
				}
				""");
	}

	@Test
	void classifierBodyIsABlockToo() throws Exception {
		assertFormats("""
				model T {
				    spin s
				    hamiltonian A = s
				    hamiltonian B = -s

				    classifier C {
				        class a = A prior 0.5
				        class b = B prior 0.5
				        normalize exact
				    }
				}

				model U {
				}
				""", """
				model T {
				spin s
				hamiltonian A = s
				hamiltonian B = -s

				classifier C { class a  = A  prior 0.5
				class b = B prior 0.5 normalize exact }
				}
				model U {}
				""");
	}

	@Test
	void commentsStay() throws Exception {
		assertFormats("""
				// header
				model M {
				    // a spin
				    spin s /* inline */
				    hamiltonian H = s // field
				    // the end
				}
				""", """
				// header
				model M {
				    // a spin
				    spin  s  /* inline */
				    hamiltonian H = s // field
				        // the end
				}
				""");
	}
}
