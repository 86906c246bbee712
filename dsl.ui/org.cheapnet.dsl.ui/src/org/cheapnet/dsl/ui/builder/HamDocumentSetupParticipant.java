package org.cheapnet.dsl.ui.builder;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.core.filebuffers.IDocumentSetupParticipantExtension;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;

/**
 * When a .ham file of a project is opened, adds the CheapNet nature to its project, so that the
 * builder validates and compiles the project's .ham files from then on (as Xtext's editors
 * configure a project on first use). Done in a job: the file buffer is being created here.
 */
public class HamDocumentSetupParticipant implements IDocumentSetupParticipant, IDocumentSetupParticipantExtension {

	@Override
	public void setup(IDocument document) {
	}

	@Override
	public void setup(IDocument document, IPath location, LocationKind locationKind) {
		if (locationKind != LocationKind.IFILE || location.segmentCount() < 2) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		IProject project = file.getProject();
		try {
			if (!project.isOpen() || project.hasNature(HamNature.ID)) {
				return;
			}
		} catch (CoreException e) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Adding the CheapNet builder to " + project.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				HamNature.addTo(project);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}
}
