package org.cheapnet.dsl.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.ui.HamDocument;
import org.cheapnet.dsl.ui.HamUiPlugin;
import org.cheapnet.dsl.ui.editor.HamQuickAssistProcessor;
import org.cheapnet.dsl.ui.editor.HamQuickFixProposal;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes on the builder's problem markers (Problems view, Ctrl+1 there): the marker's
 * range, code and data made into the language server's diagnostic, the fixes the editor offers
 * applied to the file through its text file buffer (an open editor sees the change).
 */
public class HamMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(HamMarkers.CODE, null) != null && marker.getResource() instanceof IFile;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		List<IMarkerResolution> resolutions = new ArrayList<>();
		IFile file = (IFile) marker.getResource();
		withDocument(file, document -> {
			HamDocument parsed = HamDocument.parse(HamUiPlugin.getDefault().injector(),
					URI.createPlatformResourceURI(file.getFullPath().toString(), true), document.get());
			for (CodeAction action : HamQuickAssistProcessor.codeActions(parsed, diagnostic(marker, parsed))) {
				resolutions.add(new Resolution(file, action));
			}
		});
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	private static Diagnostic diagnostic(IMarker marker, HamDocument parsed) {
		int length = parsed.document().getContents().length();
		int start = Math.min(marker.getAttribute(IMarker.CHAR_START, 0), length);
		int end = Math.min(marker.getAttribute(IMarker.CHAR_END, start), length);
		Diagnostic diagnostic = new Diagnostic(
				new Range(parsed.document().getPosition(start), parsed.document().getPosition(end)),
				marker.getAttribute(IMarker.MESSAGE, ""));
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		diagnostic.setCode(marker.getAttribute(HamMarkers.CODE, ""));
		String data = marker.getAttribute(HamMarkers.DATA, null);
		diagnostic.setData(data == null ? new String[0] : data.split("\n", -1));
		return diagnostic;
	}

	/** Runs the action on the file's shared document (the editor's, if it is open). */
	private static void withDocument(IFile file, java.util.function.Consumer<IDocument> action) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
				action.accept(buffer.getDocument());
				if (buffer.isDirty() && !buffer.isShared()) {
					buffer.commit(null, true);
				}
			} finally {
				manager.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			HamUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}

	private record Resolution(IFile file, CodeAction action) implements IMarkerResolution {
		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public void run(IMarker marker) {
			withDocument(file, document -> new HamQuickFixProposal(action).apply(document));
		}
	}
}
