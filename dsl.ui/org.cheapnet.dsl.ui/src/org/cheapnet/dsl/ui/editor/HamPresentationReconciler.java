package org.cheapnet.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Colours .ham text: keywords of the grammar, comments, numbers (see {@link HamTokenScanner}). */
public class HamPresentationReconciler extends PresentationReconciler {
	public HamPresentationReconciler() {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(new HamTokenScanner());
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
