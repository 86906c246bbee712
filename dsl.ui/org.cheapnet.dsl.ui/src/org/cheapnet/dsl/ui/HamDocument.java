package org.cheapnet.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * A .ham text parsed as the language server holds an open file: the Xtext resource and the
 * server's document, so that the editor can call the server's services on it. Files do not see
 * each other (names are local to a model), so every text gets a resource set of its own.
 */
public record HamDocument(XtextResource resource, Document document) {
	/** Used when the text is not a file of the workspace. */
	public static final URI UNSAVED = URI.createURI("unsaved:/document.ham");

	public static HamDocument parse(Injector injector, URI uri, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new HamDocument(resource, new Document(1, text));
	}

	public String uri() {
		return resource.getURI().toString();
	}
}
