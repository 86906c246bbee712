package org.cheapnet.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/** Validates the whole text shortly after each change (see {@link HamValidationStrategy}). */
public class HamValidationReconciler extends MonoReconciler {
	public HamValidationReconciler() {
		super(new HamValidationStrategy(), false);
		setDelay(300);
	}

	@Override
	public void install(ITextViewer textViewer) {
		((HamValidationStrategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).setViewer(textViewer);
		super.install(textViewer);
	}
}
