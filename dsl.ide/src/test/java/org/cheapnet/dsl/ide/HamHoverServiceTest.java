package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.ModelCompilations;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class HamHoverServiceTest {
	private static final String ISING = """
			model Ising {
			    real x[3] in [-2, 2]
			    lattice grid = square(3, 3) periodic
			    spin s on grid

			    @local(1)
			    hamiltonian H = -sum(<a, b> in grid) s[a] * s[b]
			    hamiltonian Bad = x[0] / x[1]
			}
			""";

	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private IHoverService hovers;
	@Inject
	private ModelCompilations compilations;

	private String hover(OpenDocument open, Position position) {
		Hover hover = hovers.hover(open.document(), open.resource(),
				new HoverParams(new TextDocumentIdentifier("file:///model.ham"), position), CancelIndicator.NullImpl);
		return hover.getContents() != null && hover.getContents().isRight() ? hover.getContents().getRight().getValue() : null;
	}

	/** Nearest-neighbour pairs of a periodic L x L lattice, counted as sets of two sites. */
	private static int bonds(int l) {
		Set<Set<Integer>> pairs = new HashSet<>();
		for (int x = 0; x < l; x++) {
			for (int y = 0; y < l; y++) {
				pairs.add(Set.of(x * l + y, ((x + 1) % l) * l + y));
				pairs.add(Set.of(x * l + y, x * l + (y + 1) % l));
			}
		}
		return pairs.size();
	}

	@Test
	void hamiltonianShowsItsMonomialsAndCost() throws Exception {
		OpenDocument open = OpenDocument.open(parser, ISING);
		String text = hover(open, open.positionOf("H =", 0));
		assertTrue(text.contains("monomials: " + bonds(3) + " "), text);
		for (String line : new String[] { "multiplications: ", "neurons: ", "depth: ", "relative error bound: " }) {
			assertTrue(text.contains(line), line + " missing in " + text);
		}
	}

	@Test
	void hamiltonianWithErrorsSaysSo() throws Exception {
		OpenDocument open = OpenDocument.open(parser, ISING);
		String text = hover(open, open.positionOf("Bad", 0));
		assertTrue(text.contains("not expanded"), text);
	}

	@Test
	void hamiltonianThatDoesNotCompileShowsItsMonomialsAndTheProblem() throws Exception {
		// a product of 8 reals needs 3 layers of two-input products; @depth(2) gets the flat
		// network of 2^8 neurons, which cannot meet the default tolerance 1e-6
		OpenDocument open = OpenDocument.open(parser, """
				model Deep {
				    real x[8]
				    @depth(2)
				    hamiltonian P = prod(i in 0..7) x[i]
				}
				""");
		String text = hover(open, open.positionOf("P =", 0));
		assertTrue(text.contains("monomials: 1 (degree 8)"), text);
		assertTrue(text.contains("not compiled: the network's relative error"), text);
	}

	@Test
	void variableShowsKindShapeAndOffset() throws Exception {
		OpenDocument open = OpenDocument.open(parser, ISING);
		String text = hover(open, open.positionOf("s on grid", 0));
		// x takes offsets 0..2, so the nine spins follow at 3..11
		assertTrue(text.contains("**spin** `s`"), text);
		assertTrue(text.contains("input offset: 3 to " + (3 + 3 * 3 - 1)), text);
		assertTrue(text.contains("9 sites of `grid = square(3, 3) periodic`"), text);
		assertTrue(text.contains("{-1, +1}"), text);
	}

	@Test
	void referenceShowsTheVariable() throws Exception {
		OpenDocument open = OpenDocument.open(parser, ISING);
		String text = hover(open, open.positionOf("x[1]", 0));
		assertTrue(text.contains("**real** `x`"), text);
		assertTrue(text.contains("values: [-2, 2]"), text);
		assertTrue(text.contains("vector of 3"), text);
		assertTrue(text.contains("input offset: 0 to 2"), text);
	}

	@Test
	void keywordHasNoHover() throws Exception {
		OpenDocument open = OpenDocument.open(parser, ISING);
		String text = hover(open, open.positionOf("model", 0));
		assertTrue(text == null || text.isEmpty(), text);
	}

	@Test
	void compilationIsCachedPerResource() throws Exception {
		OpenDocument open = OpenDocument.open(parser, ISING);
		Model model = open.file().getModels().get(0);
		assertSame(compilations.of(model), compilations.of(model));
	}
}
