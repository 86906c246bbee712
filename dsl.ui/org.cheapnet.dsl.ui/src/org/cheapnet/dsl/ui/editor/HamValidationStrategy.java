package org.cheapnet.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.ui.HamDocument;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Runs the language server's validation (Xtext's IResourceValidator, every check; compiling
 * the model is left to the builder) on the editor's text and replaces the editor's issue
 * annotations. An issue that a problem marker of the last build already shows at the same place
 * gets no second annotation.
 */
public class HamValidationStrategy implements IReconcilingStrategy {
	private ITextViewer viewer;
	private IDocument document;

	void setViewer(ITextViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	private void validate() {
		if (document == null || !(viewer instanceof ISourceViewer sourceViewer)) {
			return;
		}
		IAnnotationModel model = sourceViewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		HamDocument parsed = HamEditorDocuments.parse(document);
		List<Issue> issues = HamEditorDocuments.injector().getInstance(IResourceValidator.class)
				.validate(parsed.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() != null && !shownByMarker(model, issue)) {
				int offset = Math.min(issue.getOffset(), document.getLength());
				int length = Math.min(issue.getLength() == null ? 0 : issue.getLength(), document.getLength() - offset);
				added.put(new HamIssueAnnotation(issue), new Position(offset, length));
			}
		}
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof HamIssueAnnotation) {
				removed.add(annotation);
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		} else {
			removed.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	private static boolean shownByMarker(IAnnotationModel model, Issue issue) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && !annotation.isMarkedDeleted()) {
				IMarker marker = annotation.getMarker();
				Position position = model.getPosition(annotation);
				if (marker.exists() && position != null && position.getOffset() == issue.getOffset()
						&& issue.getMessage().equals(marker.getAttribute(IMarker.MESSAGE, ""))) {
					return true;
				}
			}
		}
		return false;
	}
}
