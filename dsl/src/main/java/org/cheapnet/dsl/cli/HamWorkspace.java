package org.cheapnet.dsl.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.lang.LoweredModels;
import org.cheapnet.dsl.lang.ModelCompilations;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Loads .ham files (whatever their extension) into one resource set and validates them, as the
 * editor does: the command line's view of the language.
 */
final class HamWorkspace {
	/** An exception escaped the parser or a validator: a bug, reported as a diagnostic. Not in HamIssueCodes yet. */

	private final Injector injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();

	/** A loaded file: its AST (null when it could not be read) and its diagnostics, sorted by position. */
	record LoadedFile(Path path, HamFile ast, List<Diagnostic> diagnostics) {
		boolean hasErrors() {
			return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
		}
	}

	/** The model's expansion, shared with validation (cached per resource). */
	LoweredModel lowered(Model model) {
		return injector.getInstance(LoweredModels.class).of(model);
	}

	/** The model compiled (plan, network, verification), shared with validation (cached per resource). */
	ModelCompilation compiled(Model model) {
		return injector.getInstance(ModelCompilations.class).of(model);
	}

	/** Loads and validates fully, compilation included: what `hamc check` reports. */
	LoadedFile load(Path path) {
		return load(path, CheckMode.ALL);
	}

	/**
	 * Loads and validates; with CheckMode.NORMAL_AND_FAST the compilation check is left out, for
	 * commands that compile themselves and report the driver's problems in their own way.
	 */
	LoadedFile load(Path path, CheckMode mode) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		} catch (IOException | SecurityException e) {
			return unreadable(path, "cannot read the file (" + describe(e) + ")");
		}
		try {
			return parseAndValidate(path, bytes, mode);
		} catch (RuntimeException | StackOverflowError e) {
			// The parser and the validators recurse on the expression tree: a text nested deeper
			// than the stack allows is a limit of this run, anything else a bug; neither is a stack trace.
			if (causedByStackOverflow(e)) {
				return failed(path, "the file nests expressions too deeply for the stack", HamIssueCodes.LIMIT_EXCEEDED);
			}
			return failed(path, "internal error while checking the file (" + describe(e) + ")", HamIssueCodes.INTERNAL_ERROR);
		}
	}

	private LoadedFile parseAndValidate(Path path, byte[] bytes, CheckMode mode) {
		// one resource set per file: models never refer across files, and a file named twice loads twice
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = injector.getInstance(IResourceFactory.class).createResource(URI.createFileURI(path.toAbsolutePath().toString()));
		resourceSet.getResources().add(resource);
		try {
			// Malformed UTF-8 becomes U+FFFD, which the lexer reports as an unexpected character.
			String text = new String(bytes, StandardCharsets.UTF_8);
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			return unreadable(path, "cannot parse the file (" + describe(e) + ")");
		}
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(resource, mode, CancelIndicator.NullImpl)) {
			diagnostics.add(Diagnostic.of(path, issue));
		}
		diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		HamFile ast = resource.getContents().isEmpty() ? null : (HamFile) resource.getContents().get(0);
		return new LoadedFile(path, ast, diagnostics);
	}

	private static boolean causedByStackOverflow(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}

	private static LoadedFile unreadable(Path path, String message) {
		return failed(path, message, HamIssueCodes.IO_ERROR);
	}

	/** A file without an AST: one error at its start. */
	private static LoadedFile failed(Path path, String message, String code) {
		return new LoadedFile(path, null, List.of(new Diagnostic(path, 1, 1, Diagnostic.Severity.ERROR, message, code)));
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}
}
