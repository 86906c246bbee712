package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.LoweredModels;
import org.cheapnet.dsl.lang.ModelCompilations;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

import com.google.inject.Inject;

/**
 * The Xtext generator of .ham files: one Java class per compiled hamiltonian and classifier,
 * written at PACKAGE/PATH/ClassName.java of the default output. Xtext's builders (the Maven
 * plugin, the language server) call it only for resources that validated without errors; it
 * skips a resource with syntax errors itself. All of a file's classes or none: when the driver
 * cannot compile a hamiltonian or classifier of the file (a CompilationProblem), no class of
 * that file is written, and each problem goes to the log with file, line and message (a
 * generator cannot add diagnostics). Classes of that file from an earlier build are left to the
 * builder: the Maven plugin fails on the validation error before it generates anything, and the
 * language server's builder deletes a file's earlier classes that it did not write again. Each
 * class is written whole through the file system access ({@link AtomicFileSystemAccess} in
 * Maven builds), from a text that is complete before the first write.
 */
public class HamGenerator extends AbstractGenerator {
	private static final Logger LOG = Logger.getLogger(HamGenerator.class);

	@Inject
	private LoweredModels loweredModels;
	@Inject
	private ModelCompilations compilations;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
			return;
		}
		String sourceName = resource.getURI().lastSegment();
		List<GeneratedJava> classes = new ArrayList<>();
		List<CompilationProblem> problems = new ArrayList<>();
		for (Model model : ((HamFile) resource.getContents().get(0)).getModels()) {
			if (context.getCancelIndicator().isCanceled()) {
				return;
			}
			LoweredModel lowered = loweredModels.of(model);
			ModelCompilation compilation = compilations.of(model);
			problems.addAll(compilation.problems());
			classes.addAll(new JavaEmitter(sourceName, lowered.space()).emit(compilation));
		}
		for (CompilationProblem problem : problems) {
			LOG.error(SourcePosition.describe(resource.getURI().toFileString(), problem));
		}
		if (!problems.isEmpty() || context.getCancelIndicator().isCanceled()) {
			return;
		}
		for (GeneratedJava java : classes) {
			fsa.generateFile(java.path(), java.content());
		}
	}
}
