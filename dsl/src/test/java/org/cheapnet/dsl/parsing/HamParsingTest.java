package org.cheapnet.dsl.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.cheapnet.dsl.ham.ActivationAnnotation;
import org.cheapnet.dsl.ham.Boundary;
import org.cheapnet.dsl.ham.ClassDecl;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.DepthAnnotation;
import org.cheapnet.dsl.ham.Expression;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.LocalAnnotation;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Normalization;
import org.cheapnet.dsl.ham.NumberLiteral;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.Reference;
import org.cheapnet.dsl.ham.SymmetricAnnotation;
import org.cheapnet.dsl.ham.ToleranceAnnotation;
import org.cheapnet.dsl.ham.Tuple;
import org.cheapnet.dsl.ham.UnknownAnnotation;
import org.cheapnet.dsl.ham.Variable;
import org.cheapnet.dsl.ham.VariableKind;
import org.cheapnet.dsl.lang.Numbers;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every construct of LANGUAGE.md parses without errors, into the AST shape the contract implies. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class HamParsingTest {
	@Inject
	private ParseHelper<HamFile> parseHelper;
	@Inject
	private ValidationTestHelper validationHelper;

	/** Declarations every expression test can use. */
	private static final String EXPRESSION_CONTEXT = """
			lattice line = chain(8) periodic
			lattice grid = square(4, 4) periodic
			real a
			real b
			real c
			real x[8]
			real y[8]
			spin s on grid
			real phi on line
			param J = 1
			param h = 0.5
			""";

	private HamFile parseValid(String text) throws Exception {
		HamFile file = parseHelper.parse(text);
		assertNotNull(file);
		assertTrue(file.eResource().getErrors().isEmpty(), () -> "syntax errors: " + file.eResource().getErrors());
		validationHelper.assertNoErrors(file);
		return file;
	}

	/** The canonical print of H's body in a model with {@link #EXPRESSION_CONTEXT}. */
	private String shape(String expression) throws Exception {
		return ExpressionPrinter.print(body(expression));
	}

	private Expression body(String expression) throws Exception {
		HamFile file = parseValid("model M {\n" + EXPRESSION_CONTEXT + "hamiltonian H = " + expression + "\n}\n");
		return declaration(file.getModels().get(0), Hamiltonian.class, "H").getBody();
	}

	private static <T extends EObject> T declaration(Model model, Class<T> type, String name) {
		return model.getDeclarations().stream().filter(type::isInstance).map(type::cast)
				.filter(d -> name.equals(((org.cheapnet.dsl.ham.Symbol) d).getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
	}

	// ---- files, models, declarations ----

	@Test
	void packageAndSeveralModelsWithComments() throws Exception {
		HamFile file = parseValid("""
				// a line comment before the package
				package cheapnet.examples.test
				/* a block comment
				   over two lines */
				model First { param p = 1 } // trailing comment
				model Second {
				    /* inside */ real x // after a declaration
				    hamiltonian H = x /* between */ * x
				}
				""");
		assertEquals("cheapnet.examples.test", file.getName());
		assertEquals(List.of("First", "Second"), file.getModels().stream().map(Model::getName).collect(Collectors.toList()));
		assertEquals("(x * x)", ExpressionPrinter.print(declaration(file.getModels().get(1), Hamiltonian.class, "H").getBody()));
	}

	@Test
	void fileWithoutPackage() throws Exception {
		HamFile file = parseValid("model M { real x }");
		assertNull(file.getName());
		assertEquals(1, file.getModels().size());
	}

	@Test
	void latticesOfEveryShapeAndBoundary() throws Exception {
		Model model = parseValid("""
				model M {
				    lattice c1 = chain(8) periodic
				    lattice c2 = chain(5) open
				    lattice c3 = chain(3)
				    lattice sq = square(4, 6) periodic
				    lattice cu = cubic(2, 3, 4) open
				}
				""").getModels().get(0);
		assertLattice(declaration(model, Lattice.class, "c1"), "chain", List.of("8"), Boundary.PERIODIC);
		assertLattice(declaration(model, Lattice.class, "c2"), "chain", List.of("5"), Boundary.OPEN);
		assertLattice(declaration(model, Lattice.class, "c3"), "chain", List.of("3"), Boundary.OPEN); // open is the default
		assertLattice(declaration(model, Lattice.class, "sq"), "square", List.of("4", "6"), Boundary.PERIODIC);
		assertLattice(declaration(model, Lattice.class, "cu"), "cubic", List.of("2", "3", "4"), Boundary.OPEN);
	}

	private static void assertLattice(Lattice lattice, String shape, List<String> sizes, Boundary boundary) {
		assertEquals(shape, lattice.getShape());
		assertEquals(sizes, lattice.getSizes().stream().map(ExpressionPrinter::print).collect(Collectors.toList()));
		assertEquals(boundary, lattice.getBoundary());
	}

	@Test
	void variablesOfEveryKindAndShape() throws Exception {
		Model model = parseValid("""
				model M {
				    lattice grid = square(3, 3)
				    real phi on grid in [-2, 2.5]
				    real psi on grid
				    real v[4] in [0, 1e-3]
				    real w[3]
				    real t in [-1.5, 1.5]
				    real u
				    bit n on grid
				    bit m[5]
				    bit q
				    spin s on grid
				    spin r[2]
				    spin z
				}
				""").getModels().get(0);
		Lattice grid = declaration(model, Lattice.class, "grid");
		assertVariable(declaration(model, Variable.class, "phi"), VariableKind.REAL, grid, null, "(-2)", "2.5");
		assertVariable(declaration(model, Variable.class, "psi"), VariableKind.REAL, grid, null, null, null);
		assertVariable(declaration(model, Variable.class, "v"), VariableKind.REAL, null, "4", "0", "1e-3");
		assertVariable(declaration(model, Variable.class, "w"), VariableKind.REAL, null, "3", null, null);
		assertVariable(declaration(model, Variable.class, "t"), VariableKind.REAL, null, null, "(-1.5)", "1.5");
		assertVariable(declaration(model, Variable.class, "u"), VariableKind.REAL, null, null, null, null);
		assertVariable(declaration(model, Variable.class, "n"), VariableKind.BIT, grid, null, null, null);
		assertVariable(declaration(model, Variable.class, "m"), VariableKind.BIT, null, "5", null, null);
		assertVariable(declaration(model, Variable.class, "q"), VariableKind.BIT, null, null, null, null);
		assertVariable(declaration(model, Variable.class, "s"), VariableKind.SPIN, grid, null, null, null);
		assertVariable(declaration(model, Variable.class, "r"), VariableKind.SPIN, null, "2", null, null);
		assertVariable(declaration(model, Variable.class, "z"), VariableKind.SPIN, null, null, null, null);
	}

	private static void assertVariable(Variable variable, VariableKind kind, Lattice lattice, String size, String lo, String hi) {
		assertEquals(kind, variable.getKind());
		assertSame(lattice, variable.getLattice());
		assertEquals(size, variable.getSize() == null ? null : ExpressionPrinter.print(variable.getSize()));
		assertEquals(lo, variable.getRange() == null ? null : ExpressionPrinter.print(variable.getRange().getLo()));
		assertEquals(hi, variable.getRange() == null ? null : ExpressionPrinter.print(variable.getRange().getHi()));
	}

	@Test
	void paramsFromNumbersAndFromOtherParams() throws Exception {
		Model model = parseValid("""
				model M {
				    param J = 1.0
				    param K = 2 * J + 0.5
				    param L = -K ^ 2
				}
				""").getModels().get(0);
		assertEquals("1.0", ExpressionPrinter.print(declaration(model, Param.class, "J").getValue()));
		assertEquals("((2 * J) + 0.5)", ExpressionPrinter.print(declaration(model, Param.class, "K").getValue()));
		assertEquals("(-(K ^ 2))", ExpressionPrinter.print(declaration(model, Param.class, "L").getValue()));
	}

	@Test
	void letsIndexedByLatticeByRangeAndScalar() throws Exception {
		Model model = parseValid("""
				model M {
				    lattice fine = square(8, 8) periodic
				    lattice coarse = square(4, 4) periodic
				    spin s on fine
				    real x[4]
				    let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
				    let sq[i in 0..3] = x[i] ^ 2
				    let total = sum(i in 0..3) sq[i]
				    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b] + total
				}
				""").getModels().get(0);
		Let m = declaration(model, Let.class, "m");
		assertEquals("c", m.getIndex().getName());
		assertEquals("coarse", ExpressionPrinter.domain(m.getDomain()));
		assertEquals("(0.25 * (((s[(2 * c)] + s[((2 * c) + tuple(1, 0))]) + s[((2 * c) + tuple(0, 1))]) + s[((2 * c) + tuple(1, 1))]))",
				ExpressionPrinter.print(m.getBody()));
		Let sq = declaration(model, Let.class, "sq");
		assertEquals("0..3", ExpressionPrinter.domain(sq.getDomain()));
		Let total = declaration(model, Let.class, "total");
		assertNull(total.getIndex());
		assertNull(total.getDomain());
		assertEquals("sum(i in 0..3){sq[i]}", ExpressionPrinter.print(total.getBody()));
	}

	@Test
	void hamiltonianWithAllAnnotations() throws Exception {
		Model model = parseValid("""
				model M {
				    lattice grid = square(4, 4) periodic
				    spin s on grid
				    @local(1) @symmetric(translation, flip) @symmetric(reflection, rotation)
				    @tolerance(1e-4) @activation(tanh) @depth(3)
				    hamiltonian H = -sum(<a, b> in grid) s[a] * s[b]
				    real x[3]
				    @symmetric(permutation) @activation(softplus)
				    hamiltonian P = sum(i in 0..2) x[i] ^ 2
				}
				""").getModels().get(0);
		Hamiltonian h = declaration(model, Hamiltonian.class, "H");
		assertEquals(6, h.getAnnotations().size());
		assertEquals("1", ExpressionPrinter.print(assertInstanceOf(LocalAnnotation.class, h.getAnnotations().get(0)).getRadius()));
		assertEquals(List.of("translation", "flip"), assertInstanceOf(SymmetricAnnotation.class, h.getAnnotations().get(1)).getSymmetries());
		assertEquals(List.of("reflection", "rotation"), assertInstanceOf(SymmetricAnnotation.class, h.getAnnotations().get(2)).getSymmetries());
		assertEquals(1e-4, Numbers.value((NumberLiteral) assertInstanceOf(ToleranceAnnotation.class, h.getAnnotations().get(3)).getValue()));
		assertEquals("tanh", assertInstanceOf(ActivationAnnotation.class, h.getAnnotations().get(4)).getActivation());
		assertEquals("3", ExpressionPrinter.print(assertInstanceOf(DepthAnnotation.class, h.getAnnotations().get(5)).getDepth()));
		assertEquals(List.of("permutation"), ((SymmetricAnnotation) declaration(model, Hamiltonian.class, "P").getAnnotations().get(0)).getSymmetries());
	}

	@Test
	void unknownAnnotationParsesWithItsArguments() throws Exception {
		HamFile file = parseHelper.parse("""
				model M {
				    real x
				    @gpu(fast, 2, -1.5) @fancy hamiltonian H = x
				}
				""");
		assertTrue(file.eResource().getErrors().isEmpty(), () -> "syntax errors: " + file.eResource().getErrors());
		Hamiltonian h = declaration(file.getModels().get(0), Hamiltonian.class, "H");
		UnknownAnnotation gpu = assertInstanceOf(UnknownAnnotation.class, h.getAnnotations().get(0));
		assertEquals("gpu", gpu.getName());
		assertEquals(3, gpu.getArguments().size());
		assertEquals("fancy", assertInstanceOf(UnknownAnnotation.class, h.getAnnotations().get(1)).getName());
	}

	@Test
	void classifierWithClassesPriorsAndEachNormalization() throws Exception {
		Model model = parseValid("""
				model M {
				    spin s[2]
				    hamiltonian Hot = s[0] * s[1]
				    hamiltonian Cold = -s[0] * s[1]
				    classifier Exact { class hot = Hot prior 0.25  class cold = Cold prior 0.75  normalize exact }
				    classifier Trusted { class hot = Hot prior 0.5  class cold = Cold prior 0.5  normalize none }
				    classifier Default { class hot = Hot prior 0.5  class cold = Cold prior 0.5 }
				    real x
				    real y
				    hamiltonian G = 0.5 * x ^ 2 + 0.5 * y ^ 2 + x
				    classifier Gauss { class only = G prior 1  normalize gaussian }
				}
				""").getModels().get(0);
		Classifier exact = declaration(model, Classifier.class, "Exact");
		assertEquals(List.of("hot", "cold"), exact.getClasses().stream().map(ClassDecl::getName).collect(Collectors.toList()));
		assertSame(declaration(model, Hamiltonian.class, "Cold"), exact.getClasses().get(1).getHamiltonian());
		assertEquals("0.75", ExpressionPrinter.print(exact.getClasses().get(1).getPrior()));
		assertEquals(Normalization.EXACT, exact.getNormalization());
		assertEquals(Normalization.NONE, declaration(model, Classifier.class, "Trusted").getNormalization());
		assertEquals(Normalization.NONE, declaration(model, Classifier.class, "Default").getNormalization()); // the default
		assertEquals(Normalization.GAUSSIAN, declaration(model, Classifier.class, "Gauss").getNormalization());
	}

	@Test
	void languageDocumentsFirstFileParses() throws Exception {
		parseValid("""
				package cheapnet.examples            // Java package of the generated classes (optional)

				/* Ising model on a periodic 16 x 16 square lattice. */
				model Ising2D {
				    lattice grid = square(16, 16) periodic
				    spin s on grid
				    param J = 1.0
				    param h = 0.1

				    @local(1) @symmetric(translation)
				    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b]
				                  - h * sum(a in grid) s[a]
				}
				""");
	}

	// ---- expression shapes ----

	@Test
	void multiplicationBindsTighterThanAdditionAndPowerTighterStill() throws Exception {
		assertEquals("(a + (b * (c ^ 2)))", shape("a + b * c ^ 2"));
		assertEquals("(((a * b) + c) - a)", shape("a * b + c - a"));
		assertEquals("((a * b) / 2)", shape("a * b / 2"));
		assertEquals("((a + b) * c)", shape("(a + b) * c"));
	}

	@Test
	void additionAndMultiplicationAreLeftAssociative() throws Exception {
		assertEquals("((a - b) - c)", shape("a - b - c"));
		assertEquals("((a / 2) / 4)", shape("a / 2 / 4"));
	}

	@Test
	void powerIsRightAssociative() throws Exception {
		assertEquals("(a ^ (2 ^ 3))", shape("a ^ 2 ^ 3"));
	}

	@Test
	void unaryMinusAppliesToThePowerNotItsBase() throws Exception {
		assertEquals("(-(a ^ 2))", shape("-a ^ 2"));
		assertEquals("((-a) * b)", shape("-a * b"));
		assertEquals("(a - (-b))", shape("a - -b"));
		assertEquals("(-(-a))", shape("--a"));
		assertEquals("((a + b) ^ 2)", shape("(a + b) ^ 2"));
	}

	@Test
	void sumBodyTakesTheWholeProductAndStopsAtPlusOrMinus() throws Exception {
		assertEquals("(sum(i in 0..7){(x[i] * y[i])} + a)", shape("sum(i in 0..7) x[i] * y[i] + a"));
		assertEquals("(sum(i in 0..7){(x[i] * y[i])} - a)", shape("sum(i in 0..7) x[i] * y[i] - a"));
		assertEquals("(a * sum(i in 0..7){(x[i] * y[i])})", shape("a * sum(i in 0..7) x[i] * y[i]"));
		assertEquals("sum(i in 0..7){(x[i] + y[i])}", shape("sum(i in 0..7) (x[i] + y[i])"));
		assertEquals("sum(i in 0..7){sum(j in 0..7){(x[i] * y[j])}}", shape("sum(i in 0..7) sum(j in 0..7) x[i] * y[j]"));
		assertEquals("(-prod(i in 0..3){x[i]})", shape("-prod(i in 0..3) x[i]"));
	}

	@Test
	void theLanguageDocumentsIsingHamiltonianHasTheExpectedShape() throws Exception {
		assertEquals("(((-J) * sum(<a, b> in grid){(s[a] * s[b])}) - (h * sum(a in grid){s[a]}))",
				shape("-J * sum(<a, b> in grid) s[a] * s[b] - h * sum(a in grid) s[a]"));
	}

	@Test
	void numberLiteralsKeepTheirTextAndValue() throws Exception {
		Expression sum = body("1e-3 * a + 0.5 * b + 2.5e3 * c + 7 * a + 1E+2 * b");
		assertEquals("(((((1e-3 * a) + (0.5 * b)) + (2.5e3 * c)) + (7 * a)) + (1E+2 * b))", ExpressionPrinter.print(sum));
		List<Double> values = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(sum, NumberLiteral.class).stream()
				.map(Numbers::value).collect(Collectors.toList());
		assertEquals(List.of(1e-3, 0.5, 2500.0, 7.0, 100.0), values);
	}

	@Test
	void rangesAreInclusiveIntegerBounds() throws Exception {
		assertEquals("sum(i in 0..7){x[i]}", shape("sum(i in 0..7) x[i]"));
		assertEquals("sum(i in 1..(J + 2)){x[i]}", shape("sum(i in 1..J + 2) x[i]"));
		assertEquals("sum(i in 0..7){x[i]}", shape("sum(i in 0 .. 7) x[i]"));
	}

	@Test
	void tuplesDifferFromParentheses() throws Exception {
		Expression body = body("sum(a in grid) s[a + (1, 0)] * s[(a)]");
		assertEquals("sum(a in grid){(s[(a + tuple(1, 0))] * s[a])}", ExpressionPrinter.print(body));
		List<Tuple> tuples = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(body, Tuple.class);
		assertEquals(1, tuples.size());
		assertEquals(2, tuples.get(0).getComponents().size());
		assertEquals("sum(a in grid){s[(a + tuple((-1), (2 * J)))]}", shape("sum(a in grid) s[a + (-1, 2 * J)]"));
		assertEquals("s[1, 2]", shape("s[1, 2]"));
	}

	@Test
	void bondBinderNamesBothEnds() throws Exception {
		Expression body = body("sum(<p, q> in grid) s[p] * s[q]");
		assertEquals("sum(<p, q> in grid){(s[p] * s[q])}", ExpressionPrinter.print(body));
		Reference q = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(body, Reference.class).stream()
				.filter(r -> "q".equals(r.getSymbol().getName())).findFirst().orElseThrow();
		assertInstanceOf(org.cheapnet.dsl.ham.BondBinder.class, q.getSymbol().eContainer());
	}

	@Test
	void chainIndexUsedAsANumber() throws Exception {
		assertEquals("sum(i in line){((i * phi[i]) * phi[(i + 1)])}", shape("sum(i in line) i * phi[i] * phi[i + 1]"));
	}
}
