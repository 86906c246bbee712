package org.cheapnet.dsl.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.ModelCompilations;
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
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Validates one .ham file (every check, as the language server does), compiles its models
 * (plan, network, verification: what the Maven build's compilation check reports), replaces
 * its problem markers, and when it has no error writes what the language's generator
 * (HamGenerator, the Maven plugin's) makes of it under the output folder. The compilation is
 * the one the generator then uses (ModelCompilations caches it per resource state).
 */
final class HamFileCompiler {
	private final IFolder output;

	HamFileCompiler(IFolder output) {
		this.output = output;
	}

	void compile(IFile file, IProgressMonitor monitor) throws CoreException {
		Injector injector = HamUiPlugin.getDefault().injector();
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
		if (errors || monitor.isCanceled() || parsed.resource().getContents().isEmpty()) {
			return;
		}
		ModelCompilations compilations = injector.getInstance(ModelCompilations.class);
		for (Model model : ((HamFile) parsed.resource().getContents().get(0)).getModels()) {
			for (CompilationProblem problem : compilations.of(model).problems()) {
				HamMarkers.create(file, issue(problem));
				errors = true;
			}
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

	/** A compilation problem as an error issue on the name of its hamiltonian or classifier. */
	private static Issue issue(CompilationProblem problem) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setMessage(problem.message());
		issue.setCode(problem.code());
		List<INode> names = NodeModelUtils.findNodesForFeature(problem.at(), HamPackage.Literals.SYMBOL__NAME);
		INode node = names.isEmpty() ? NodeModelUtils.getNode(problem.at()) : names.get(0);
		if (node != null) {
			issue.setOffset(node.getOffset());
			issue.setLength(node.getLength());
			issue.setLineNumber(node.getStartLine());
		}
		return issue;
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
