package org.cheapnet.dsl.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The CheapNet builder: validates every changed .ham file of the project (a full build: all of
 * them) with the compiler's checks, puts a problem marker on each issue, and writes the Java
 * classes of a file without errors into {@link #OUTPUT}, where the Maven build of a project
 * such as {@code examples} writes them too. Files do not see each other (names are local to a
 * model), so a file is rebuilt only when it changes. Derived files and the project's top-level
 * {@code target} folder are left out.
 */
public class HamBuilder extends IncrementalProjectBuilder {
	public static final String ID = "org.cheapnet.dsl.ui.hamBuilder";
	/** The generated Java, relative to the project: the same folder as the Maven build's. */
	public static final String OUTPUT = "target/generated-sources/cheapnet";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		List<IFile> files = delta == null ? allHamFiles() : changedHamFiles(delta);
		SubMonitor progress = SubMonitor.convert(monitor, "Compiling .ham files", files.size());
		HamFileCompiler compiler = new HamFileCompiler(getProject().getFolder(OUTPUT));
		for (IFile file : files) {
			if (progress.isCanceled()) {
				break;
			}
			progress.subTask(file.getName());
			compiler.compile(file, progress.split(1));
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		HamMarkers.clear(getProject());
	}

	private List<IFile> allHamFiles() throws CoreException {
		List<IFile> files = new ArrayList<>();
		getProject().accept(resource -> {
			if (isHamFile(resource)) {
				files.add((IFile) resource);
			}
			return !isSkipped(resource);
		});
		return files;
	}

	private List<IFile> changedHamFiles(IResourceDelta delta) throws CoreException {
		List<IFile> files = new ArrayList<>();
		delta.accept(d -> {
			if (d.getKind() != IResourceDelta.REMOVED && isHamFile(d.getResource())
					&& (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
				files.add((IFile) d.getResource());
			}
			return !isSkipped(d.getResource());
		});
		return files;
	}

	private static boolean isHamFile(IResource resource) {
		return resource.getType() == IResource.FILE && "ham".equals(resource.getFileExtension()) && !resource.isDerived()
				&& resource.isAccessible();
	}

	/** The top-level target folder (Maven's output) and derived folders. */
	private boolean isSkipped(IResource resource) {
		return resource.isDerived() || resource instanceof IFolder folder && getProject().equals(folder.getParent())
				&& "target".equals(folder.getName());
	}
}
