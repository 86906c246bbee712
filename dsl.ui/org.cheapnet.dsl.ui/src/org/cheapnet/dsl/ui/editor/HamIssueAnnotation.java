package org.cheapnet.dsl.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

/**
 * An issue of the validator shown in the editor while typing; drawn like the workbench's error,
 * warning and info annotations.
 */
public class HamIssueAnnotation extends Annotation {
	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;

	public HamIssueAnnotation(Issue issue) {
		super(switch (issue.getSeverity()) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		}, false, issue.getMessage());
		this.issue = issue;
	}

	public Issue issue() {
		return issue;
	}

	public boolean isError() {
		return ERROR.equals(getType());
	}
}
