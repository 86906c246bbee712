package org.cheapnet.dsl.ui.editor;

import org.cheapnet.dsl.ui.HamDocument;
import org.cheapnet.dsl.ui.HamUiPlugin;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

import com.google.inject.Injector;

/** Parses the text of an editor's document with the language server's services. */
final class HamEditorDocuments {
	private HamEditorDocuments() {
	}

	static Injector injector() {
		return HamUiPlugin.getDefault().injector();
	}

	static HamDocument parse(IDocument document) {
		return HamDocument.parse(injector(), uriOf(document), document.get());
	}

	/** The workspace file behind the document, as a platform:/resource URI, if there is one. */
	static URI uriOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		return location == null ? HamDocument.UNSAVED : URI.createPlatformResourceURI(location.toString(), true);
	}
}
