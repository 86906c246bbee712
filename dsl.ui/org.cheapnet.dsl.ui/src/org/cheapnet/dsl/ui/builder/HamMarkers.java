package org.cheapnet.dsl.ui.builder;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.validation.Issue;

/** Problem markers of the CheapNet builder: one per issue, with its line, range, code and data. */
public final class HamMarkers {
	/** Marker type (a problem marker and a text marker). */
	public static final String TYPE = "org.cheapnet.dsl.ui.problem";
	/** Attribute: the issue code of HamIssueCodes. */
	public static final String CODE = "org.cheapnet.ham.code";
	/** Attribute: the issue data, one datum per line. */
	public static final String DATA = "org.cheapnet.ham.data";

	private HamMarkers() {
	}

	public static void clear(IResource resource) throws CoreException {
		resource.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
	}

	public static IMarker create(IFile file, Issue issue) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
		marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
		}
		if (issue.getOffset() != null) {
			marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
			marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
		}
		if (issue.getCode() != null) {
			marker.setAttribute(CODE, issue.getCode());
		}
		if (issue.getData() != null) {
			marker.setAttribute(DATA, String.join("\n", issue.getData()));
		}
		marker.setAttribute(IMarker.SOURCE_ID, "CheapNet");
		return marker;
	}
}
