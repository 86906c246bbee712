package org.cheapnet.dsl.generator;

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
 * skips a resource with syntax errors itself. A hamiltonian or classifier the driver cannot
 * compile (a CompilationProblem) gets no class and an error in the log with file, line and
 * message: a generator cannot add diagnostics.
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
		for (Model model : ((HamFile) resource.getContents().get(0)).getModels()) {
			if (context.getCancelIndicator().isCanceled()) {
				return;
			}
			LoweredModel lowered = loweredModels.of(model);
			ModelCompilation compilation = compilations.of(model);
			for (CompilationProblem problem : compilation.problems()) {
				LOG.error(SourcePosition.describe(resource.getURI().toFileString(), problem));
			}
			for (GeneratedJava java : new JavaEmitter(sourceName, lowered.space()).emit(compilation)) {
				fsa.generateFile(java.path(), java.content());
			}
		}
	}
}
