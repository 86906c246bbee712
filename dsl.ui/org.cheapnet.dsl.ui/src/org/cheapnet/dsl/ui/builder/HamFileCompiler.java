package org.cheapnet.dsl.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.ui.HamDocument;
import org.cheapnet.dsl.ui.HamUiPlugin;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validates one .ham file as the compiler does (every check, compilation included), replaces
 * its problem markers, and when it has no error writes what the language's generator
 * (HamGenerator, the Maven plugin's) makes of it under the output folder.
 */
final class HamFileCompiler {
	private final IFolder output;

	HamFileCompiler(IFolder output) {
		this.output = output;
	}

	void compile(IFile file, IProgressMonitor monitor) throws CoreException {
		Injector injector = HamUiPlugin.getDefault().compilerInjector();
		CancelIndicator cancel = monitor::isCanceled;
		HamDocument parsed = HamDocument.parse(injector,
				URI.createPlatformResourceURI(file.getFullPath().toString(), true), read(file));
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(parsed.resource(), CheckMode.ALL,
				cancel);
		file.deleteMarkers(HamMarkers.TYPE, true, IResource.DEPTH_ZERO);
		boolean errors = false;
		for (Issue issue : issues) {
			HamMarkers.create(file, issue);
			errors |= issue.getSeverity() == Severity.ERROR;
		}
		if (errors || monitor.isCanceled()) {
			return;
		}
		InMemoryFileSystemAccess generated = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(cancel);
		injector.getInstance(GeneratorDelegate.class).generate(parsed.resource(), generated, context);
		for (Map.Entry<String, CharSequence> java : generated.getTextFiles().entrySet()) {
			String path = java.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length()).replaceFirst("^/+", "");
			write(output.getFile(IPath.fromPortableString(path)), java.getValue().toString());
		}
	}

	private static String read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
		}
	}

	/** Writes the file only if its text changed, creating folders; all of it marked derived. */
	private static void write(IFile file, String text) throws CoreException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (file.exists()) {
			try (InputStream in = file.getContents(true)) {
				if (java.util.Arrays.equals(in.readAllBytes(), bytes)) {
					return;
				}
			} catch (IOException e) {
				// rewrite it
			}
			file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		} else {
			create(file.getParent());
			file.create(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.DERIVED, null);
		}
	}

	private static void create(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(IResource.FORCE | IResource.DERIVED, true, null);
		}
	}
}
