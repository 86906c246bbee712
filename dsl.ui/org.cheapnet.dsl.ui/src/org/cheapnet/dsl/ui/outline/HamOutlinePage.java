package org.cheapnet.dsl.ui.outline;

import java.util.List;

import org.cheapnet.dsl.ui.HamDocument;
import org.cheapnet.dsl.ui.HamUiPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The outline: the language server's document symbols (models, then their lattices, variables,
 * params, lets, hamiltonians and classifiers), refreshed half a second after the text changes.
 * Selecting a symbol selects its name in the editor.
 */
public class HamOutlinePage extends ContentOutlinePage {
	private final ITextEditor editor;
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRefresh();
		}
	};
	private boolean refreshScheduled;

	public HamOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		getTreeViewer().setContentProvider(new SymbolTree());
		getTreeViewer().setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getName() + "  (" + symbol.getKind().name().toLowerCase() + ")";
			}
		});
		getTreeViewer().addSelectionChangedListener(event -> reveal((IStructuredSelection) event.getSelection()));
		IDocument document = document();
		if (document != null) {
			document.addDocumentListener(changes);
		}
		refresh();
	}

	/** The symbols of the current text, for the tree and for tests. */
	public List<DocumentSymbol> symbols() {
		IDocument document = document();
		if (document == null) {
			return List.of();
		}
		HamDocument parsed = HamDocument.parse(HamUiPlugin.getDefault().injector(), HamDocument.UNSAVED,
				document.get());
		return HamUiPlugin.getDefault().injector().getInstance(HierarchicalDocumentSymbolService.class)
				.getSymbols(parsed.resource(), CancelIndicator.NullImpl);
	}

	private void scheduleRefresh() {
		if (!refreshScheduled && getControl() != null && !getControl().isDisposed()) {
			refreshScheduled = true;
			getControl().getDisplay().timerExec(500, () -> {
				refreshScheduled = false;
				refresh();
			});
		}
	}

	private void refresh() {
		if (getControl() != null && !getControl().isDisposed()) {
			getTreeViewer().setInput(symbols());
			getTreeViewer().expandAll();
		}
	}

	private void reveal(IStructuredSelection selection) {
		IDocument document = document();
		if (selection.getFirstElement() instanceof DocumentSymbol symbol && document != null) {
			try {
				org.eclipse.lsp4j.Range range = symbol.getSelectionRange();
				int start = document.getLineOffset(range.getStart().getLine()) + range.getStart().getCharacter();
				int end = document.getLineOffset(range.getEnd().getLine()) + range.getEnd().getCharacter();
				editor.selectAndReveal(start, end - start);
			} catch (BadLocationException e) {
				// the text changed since the outline was made; the next refresh fixes it
			}
		}
	}

	private IDocument document() {
		return editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void dispose() {
		IDocument document = document();
		if (document != null) {
			document.removeDocumentListener(changes);
		}
		super.dispose();
	}

	/** Models at the top, their declarations below. */
	private static final class SymbolTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
