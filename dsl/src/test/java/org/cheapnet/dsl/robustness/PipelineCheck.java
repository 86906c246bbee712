package org.cheapnet.dsl.robustness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * One .ham text through what a build does with it: parse, validate with every check (CheckMode.ALL,
 * so also the compilation check: plan, network, verification) and, when there is no error,
 * generate its Java. What may go wrong and is reported: an exception, an error that Xtext caught
 * and logged (a log appender watches for them), an issue without a code or outside the text, and
 * taking longer than the time bound. Runs on a thread of the default stack size (1 MB), like
 * an editor's or a build's.
 */
final class PipelineCheck implements AutoCloseable {
	/** What one text gave: its issues and the generated files (path to content). */
	record Outcome(List<Issue> issues, List<String> generatedPaths) {
		boolean hasErrors() {
			return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}
	}

	private final HamInjectorProvider provider = new HamInjectorProvider();
	private final Injector injector;
	private final long timeoutSeconds;
	private final LoggedErrors logged = new LoggedErrors();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "pipeline-check");
		t.setDaemon(true); // a hung input must not keep the test JVM alive
		return t;
	});
	private ExecutorService current = worker;

	/** Sets up the language's global registries (EMF packages, validators) until {@link #close()}. */
	PipelineCheck(long timeoutSeconds) {
		provider.setupRegistry();
		this.injector = provider.getInjector();
		this.timeoutSeconds = timeoutSeconds;
		Logger.getRootLogger().addAppender(logged);
	}

	@Override
	public void close() {
		Logger.getRootLogger().removeAppender(logged);
		current.shutdownNow();
		provider.restoreRegistry();
	}

	/** What is wrong with how the pipeline treated text; empty when nothing is. */
	List<String> problems(String text) {
		List<String> problems = new ArrayList<>();
		logged.messages.clear();
		Future<Outcome> future = current.submit(() -> run(text));
		try {
			Outcome outcome = future.get(timeoutSeconds, TimeUnit.SECONDS);
			for (Issue issue : outcome.issues()) {
				String problem = problem(issue, text);
				if (problem != null) {
					problems.add(problem + ": " + issue);
				}
			}
		} catch (TimeoutException e) {
			future.cancel(true);
			problems.add("no result within " + timeoutSeconds + " s");
			// the stuck thread may go on: later inputs get a fresh one
			current = Executors.newSingleThreadExecutor(r -> {
				Thread t = new Thread(r, "pipeline-check");
				t.setDaemon(true);
				return t;
			});
		} catch (ExecutionException e) {
			problems.add("threw " + e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			problems.add("interrupted");
		}
		synchronized (logged.messages) {
			logged.messages.forEach(m -> problems.add("logged: " + m));
		}
		return problems;
	}

	/** Parses, validates and (without errors) generates; throws what the pipeline throws. */
	Outcome run(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("input.ham"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<String> paths = new ArrayList<>();
		if (issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR)) {
			InMemoryFileSystemAccess fsa = injector.getInstance(InMemoryFileSystemAccess.class);
			GeneratorContext context = new GeneratorContext();
			context.setCancelIndicator(CancelIndicator.NullImpl);
			injector.getInstance(GeneratorDelegate.class).generate(resource, fsa, context);
			paths.addAll(fsa.getAllFiles().keySet());
			for (var file : fsa.getAllFiles().entrySet()) {
				if (!file.getValue().toString().startsWith("// Generated by CheapNet")) {
					throw new IllegalStateException("generated " + file.getKey() + " without the header");
				}
			}
		}
		return new Outcome(issues, paths);
	}

	/** What is wrong with an issue's code or position in text, or null. */
	static String problem(Issue issue, String text) {
		if (issue.getCode() == null) {
			return "no code";
		}
		if (issue.getLineNumber() == null || issue.getLineNumber() < 1) {
			return "line " + issue.getLineNumber();
		}
		if (issue.getColumn() == null || issue.getColumn() < 1) {
			return "column " + issue.getColumn();
		}
		if (issue.getOffset() == null || issue.getOffset() < 0 || issue.getOffset() > text.length()) {
			return "offset " + issue.getOffset();
		}
		if (issue.getLength() == null || issue.getLength() < 0 || issue.getOffset() + issue.getLength() > text.length()) {
			return "length " + issue.getLength();
		}
		return null;
	}

	/** Errors that Xtext logs instead of throwing (an exception inside a validator ends up here). */
	static final class LoggedErrors extends AppenderSkeleton {
		final List<String> messages = new ArrayList<>();

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				String thrown = event.getThrowableInformation() == null ? "" : " " + event.getThrowableInformation().getThrowable();
				synchronized (messages) {
					messages.add(event.getLoggerName() + ": " + event.getRenderedMessage() + thrown);
				}
			}
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}
}
