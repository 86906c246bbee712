package org.cheapnet.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Hovers show what the compiler knows (see {@link HamHoverText}), else the element's comment. */
@Singleton
public class HamHoverService extends HoverService {
	@Inject
	private HamHoverText text;

	/** No popup at all where there is nothing to say. */
	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		MarkupContent content = super.getMarkupContent(context);
		return content == null || content.getValue().isBlank() ? null : content;
	}

	@Override
	public String getContents(EObject element) {
		String ours = text.of(element);
		return ours != null ? ours : super.getContents(element);
	}
}
