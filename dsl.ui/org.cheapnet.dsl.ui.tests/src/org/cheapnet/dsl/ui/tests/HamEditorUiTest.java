package org.cheapnet.dsl.ui.tests;

import static org.cheapnet.dsl.ui.tests.Workbench.annotations;
import static org.cheapnet.dsl.ui.tests.Workbench.document;
import static org.cheapnet.dsl.ui.tests.Workbench.errorMarkers;
import static org.cheapnet.dsl.ui.tests.Workbench.lineOf;
import static org.cheapnet.dsl.ui.tests.Workbench.screenshot;
import static org.cheapnet.dsl.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cheapnet.dsl.ui.builder.HamBuilder;
import org.cheapnet.dsl.ui.builder.HamMarkers;
import org.cheapnet.dsl.ui.builder.HamNature;
import org.cheapnet.dsl.ui.editor.HamContentAssistProcessor;
import org.cheapnet.dsl.ui.editor.HamQuickAssistProcessor;
import org.cheapnet.dsl.ui.editor.HamTextHover;
import org.cheapnet.dsl.ui.outline.HamOutlinePage;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The editor in a real workbench: a project with a good and a bad .ham file, opened in the
 * editor the content type binds, checked as a user sees them (annotations, problem markers,
 * colours, content assist, hover, quick fix, outline) and as the builder leaves them (markers,
 * generated Java).
 */
class HamEditorUiTest {
	/** Nearest-neighbour Ising ring: valid, compiles. */
	static final String GOOD = """
			package demo

			/* a ring of spins */
			model Chain {
			    lattice ring = chain(8) periodic
			    spin s on ring
			    param J = 1.0
			    @local(1) @symmetric(translation)
			    hamiltonian H = -J * sum(i in ring) s[i] * s[i + 1]
			}
			""";

	/** s[i] and s[i+2] on a ring of 8 are min(2, 8 - 2) = 2 sites apart: @local(1) is wrong. */
	static final String BAD = """
			package demo

			model Wide {
			    lattice ring = chain(8) periodic
			    spin s on ring
			    @local(1) hamiltonian H = sum(i in ring) s[i] * s[i + 2]
			}
			""";

	private IProject project;

	@BeforeEach
	void createProject(TestInfo test) throws CoreException {
		project = Workbench.project(test.getTestMethod().orElseThrow().getName());
		// no window manager under Xvfb: the window is given the screen's size itself
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
				.setBounds(PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getBounds());
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void badFileShowsOneErrorAndTheBuilderMarksItsLine() throws Exception {
		IFile file = Workbench.file(project, "wide.ham", BAD);
		ITextEditor editor = Workbench.open(file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());

		waitFor(() -> errorAnnotationOffsets(editor).size() == 1, "one error annotation");
		assertEquals(Set.of(BAD.indexOf("1) hamiltonian")), errorAnnotationOffsets(editor),
				"the error is on the radius of @local");

		waitFor(() -> hasNature(project), "the CheapNet nature added on opening a .ham file");
		waitFor(() -> markers(file).size() == 1, "one error marker from the builder");
		IMarker marker = markers(file).get(0);
		assertEquals(lineOf(BAD, "@local(1)"), marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("local"), marker.getAttribute(IMarker.MESSAGE, ""));
		waitFor(() -> errorAnnotationOffsets(editor).size() == 1, "still one error annotation with the marker");
		screenshot("bad-file");
	}

	@Test
	void goodFileIsColouredHasNoErrorAndTheBuilderWritesItsJava() throws Exception {
		IFile file = Workbench.file(project, "chain.ham", GOOD);
		ITextEditor editor = Workbench.open(file);
		ISourceViewer viewer = Workbench.viewer(editor);

		waitFor(() -> hasNature(project), "the CheapNet nature");
		IFile java = project.getFile(HamBuilder.OUTPUT + "/demo/ChainH.java");
		waitFor(java::exists, "the builder's " + java.getFullPath());
		String code = new String(java.getContents().readAllBytes(), java.getCharset());
		assertTrue(code.contains("class ChainH"), code);
		assertTrue(code.contains("CompiledHamiltonian"), code);
		assertEquals(List.of(), markers(file));
		assertEquals(Set.of(), errorAnnotationOffsets(editor));

		StyleRange keyword = viewer.getTextWidget().getStyleRangeAtOffset(GOOD.indexOf("model"));
		assertNotNull(keyword, "the keyword model has a style");
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		StyleRange name = viewer.getTextWidget().getStyleRangeAtOffset(GOOD.indexOf("Chain"));
		assertTrue(name == null || (name.fontStyle & SWT.BOLD) == 0, "a name is not a keyword");
		StyleRange comment = viewer.getTextWidget().getStyleRangeAtOffset(GOOD.indexOf("ring of"));
		assertNotNull(comment, "the comment has a colour");
		screenshot("good-file");
	}

	@Test
	void contentAssistProposesDeclarations() throws Exception {
		IFile file = Workbench.file(project, "chain.ham", GOOD);
		ITextEditor editor = Workbench.open(file);
		ISourceViewer viewer = Workbench.viewer(editor);
		int offset = GOOD.indexOf("param J");

		Set<String> proposed = Arrays.stream(new HamContentAssistProcessor().computeCompletionProposals(viewer, offset))
				.map(ICompletionProposal::getDisplayString).collect(Collectors.toSet());
		assertTrue(proposed.containsAll(Set.of("param", "hamiltonian", "lattice", "let")), proposed.toString());
		assertTrue(proposed.contains("@local"), proposed.toString());

		// the popup a user gets with Ctrl+Space, for the screenshot
		viewer.getTextWidget().setFocus();
		viewer.setSelectedRange(offset, 0);
		((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		waitFor(() -> true, "nothing");
		screenshot("content-assist");
	}

	@Test
	void hoverOnAHamiltonianDescribesItsNetwork() throws Exception {
		IFile file = Workbench.file(project, "chain.ham", GOOD);
		ITextEditor editor = Workbench.open(file);
		ISourceViewer viewer = Workbench.viewer(editor);
		HamTextHover hover = new HamTextHover();

		int offset = GOOD.indexOf("H =");
		String text = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset));
		assertNotNull(text);
		// the 8 bonds of a ring of 8 sites: 8 distinct monomials s[i]*s[i+1] of degree 2
		assertTrue(text.contains("monomials: 8 (degree 2)"), text);
		assertTrue(text.contains("multiplications: "), text);
		assertTrue(text.contains("neurons: "), text);
		assertTrue(!text.contains("**") && !text.contains("`"), "markdown marks are dropped: " + text);
	}

	@Test
	void quickFixChangesTheRadiusAndTheErrorGoes() throws Exception {
		IFile file = Workbench.file(project, "wide.ham", BAD);
		ITextEditor editor = Workbench.open(file);
		ISourceViewer viewer = Workbench.viewer(editor);
		waitFor(() -> errorAnnotationOffsets(editor).size() == 1, "the error annotation");
		assertTrue(((ISourceViewerExtension3) viewer).getQuickAssistAssistant() != null, "the editor has quick assist");

		int offset = BAD.indexOf("@local(1)") + "@local(".length();
		ICompletionProposal[] fixes = new HamQuickAssistProcessor().computeQuickAssistProposals(context(viewer, offset));
		List<String> labels = Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList();
		assertEquals(List.of("Change the radius to the one the terms need"), labels);

		fixes[0].apply(document(editor));
		assertEquals(BAD.replace("@local(1)", "@local(2)"), document(editor).get());
		waitFor(() -> errorAnnotationOffsets(editor).isEmpty() || hasOnlyMarkerErrors(editor), "the annotation to go");
		editor.doSave(null);
		waitFor(() -> hasNature(project) && markers(file).isEmpty(), "the error marker to go after saving");
		waitFor(() -> errorAnnotationOffsets(editor).isEmpty(), "no error annotation left");
		waitFor(() -> project.getFile(HamBuilder.OUTPUT + "/demo/WideH.java").exists(), "the Java of the fixed file");
		screenshot("after-quick-fix");
	}

	@Test
	void outlineListsTheModelAndItsDeclarations() throws Exception {
		IFile file = Workbench.file(project, "chain.ham", GOOD);
		ITextEditor editor = Workbench.open(file);
		IContentOutlinePage page = editor.getAdapter(IContentOutlinePage.class);
		assertTrue(page instanceof HamOutlinePage, String.valueOf(page));
		List<DocumentSymbol> symbols = ((HamOutlinePage) page).symbols();
		// the package, its model, the model's declarations
		assertEquals(List.of("demo"), names(symbols));
		assertEquals(List.of("Chain"), names(symbols.get(0).getChildren()));
		assertEquals(List.of("ring", "s", "J", "H"), names(symbols.get(0).getChildren().get(0).getChildren()));
	}

	@Test
	void problemsViewQuickFixRepairsTheFile() throws Exception {
		IFile file = Workbench.file(project, "wide.ham", BAD);
		HamNature.addTo(project);
		waitFor(() -> markers(file).size() == 1, "the builder's error marker");
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(markers(file).get(0));
		assertEquals(List.of("Change the radius to the one the terms need"),
				Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());

		resolutions[0].run(markers(file).get(0));
		assertEquals(BAD.replace("@local(1)", "@local(2)"),
				new String(file.getContents().readAllBytes(), file.getCharset()));
		waitFor(() -> markers(file).isEmpty(), "the marker to go after the rebuild");
	}

	@Test
	void aModelTheCompilerCannotBuildGetsAMarkerAndNoJava() throws Exception {
		// valid, but the flat network of a product of six reals misses the default tolerance
		// (the same model as dsl's CompilationValidationTest)
		String text = """
				package demo
				model M {
				    real x[6]
				    @symmetric(flip, permutation) @depth(1)
				    hamiltonian Flat = prod(i in 0..5) x[i]
				}
				""";
		IFile file = Workbench.file(project, "flat.ham", text);
		HamNature.addTo(project);
		waitFor(() -> markers(file).size() == 1, "the compiler's error marker");
		IMarker marker = markers(file).get(0);
		assertEquals(HamIssueCodes.VERIFICATION_FAILED, marker.getAttribute(HamMarkers.CODE, ""));
		assertEquals(lineOf(text, "hamiltonian Flat"), marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(text.indexOf("Flat ="), marker.getAttribute(IMarker.CHAR_START, -1));
		assertTrue(!project.getFile(HamBuilder.OUTPUT + "/demo/MFlat.java").exists(), "no Java for a model that was not compiled");
	}

	private static List<String> names(List<DocumentSymbol> symbols) {
		return symbols == null ? List.of() : symbols.stream().map(DocumentSymbol::getName).toList();
	}

	private static IQuickAssistInvocationContext context(ISourceViewer viewer, int offset) {
		return new org.eclipse.jface.text.source.TextInvocationContext(viewer, offset, 0);
	}

	/** Offsets of error annotations, the editor's and the markers' together (the same issue counts once). */
	private static Set<Integer> errorAnnotationOffsets(ITextEditor editor) {
		return annotations(editor).stream().filter(Workbench.Annotated::isError).map(a -> a.position().getOffset())
				.collect(Collectors.toSet());
	}

	/** While the marker of the last build is still there, until the next save. */
	private static boolean hasOnlyMarkerErrors(ITextEditor editor) {
		return annotations(editor).stream().filter(Workbench.Annotated::isError)
				.allMatch(a -> a.annotation() instanceof org.eclipse.ui.texteditor.MarkerAnnotation);
	}

	private static List<IMarker> markers(IFile file) {
		try {
			return errorMarkers(file);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static boolean hasNature(IProject project) {
		try {
			return project.hasNature(HamNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}
}
