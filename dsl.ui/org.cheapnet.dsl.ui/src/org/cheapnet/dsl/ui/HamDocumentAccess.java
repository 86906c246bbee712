package org.cheapnet.dsl.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What a language server service may read: here the one parsed document it works on (a quick
 * fix reads the document it edits). Files do not see each other, so there is no index.
 */
public record HamDocumentAccess(HamDocument parsed) implements ILanguageServerAccess {

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(new Context(parsed.resource(), parsed.document(), true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("no index: .ham files do not see each other"));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return parsed.resource().getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return null;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}
}
