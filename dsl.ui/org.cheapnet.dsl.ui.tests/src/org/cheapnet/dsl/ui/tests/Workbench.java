package org.cheapnet.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.cheapnet.dsl.ui.builder.HamMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests do in the running workbench: projects, files, editors, waiting, screenshots. */
final class Workbench {
	/** How long a wait for the workbench (a reconcile, a build) may take before the test fails: generous, the machine may be busy. */
	private static final long PATIENCE_MS = 180_000;

	private Workbench() {
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.FORCE, null);
		} else {
			file.create(contents, IResource.FORCE, null);
		}
		return file;
	}

	static ITextEditor open(IFile file) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = IDE.openEditor(page, file, true);
		waitFor(() -> true, "nothing");
		return (ITextEditor) editor;
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextViewer.class);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** The annotations of the editor's model at positions, whatever made them. */
	static List<Annotated> annotations(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Annotated> all = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position != null && !annotation.isMarkedDeleted()) {
				all.add(new Annotated(annotation, position));
			}
		}
		return all;
	}

	record Annotated(Annotation annotation, Position position) {
		boolean isError() {
			return "org.eclipse.ui.workbench.texteditor.error".equals(annotation.getType());
		}
	}

	static List<IMarker> errorMarkers(IFile file) throws CoreException {
		List<IMarker> errors = new ArrayList<>();
		for (IMarker marker : file.findMarkers(HamMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				errors.add(marker);
			}
		}
		return errors;
	}

	/** Runs the event loop until the condition holds; fails the test if it does not within the patience. */
	static void waitFor(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (true) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
			if (condition.getAsBoolean()) {
				return;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("waited " + PATIENCE_MS / 1000 + " s for " + what);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	/** A PNG of the workbench window under target/screenshots, to look at. */
	static Path screenshot(String name) throws Exception {
		Display display = Display.getCurrent();
		waitFor(() -> true, "nothing");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path dir = Path.of(System.getProperty("cheapnet.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path png = dir.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(png.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return png;
	}

	static int lineOf(String text, String piece) {
		int offset = text.indexOf(piece);
		if (offset < 0) {
			throw new IllegalArgumentException(piece + " not in the text");
		}
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}
