package org.cheapnet.dsl.ide;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import org.cheapnet.dsl.ide.contentassist.HamContentProposalProvider;
import org.cheapnet.dsl.ide.highlighting.HamSemanticHighlightingCalculator;
import org.cheapnet.dsl.ide.hover.HamHoverService;
import org.cheapnet.dsl.ide.quickfix.HamQuickfixProvider;
import org.cheapnet.dsl.ide.symbol.HamSymbolKinds;
import org.cheapnet.dsl.ide.symbol.HamSymbolNames;
import org.cheapnet.dsl.validation.CompilationValidator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

/** IDE services of the .ham language, used by the language server (and any other IDE integration). */
public class HamIdeModule extends AbstractHamIdeModule {

	/**
	 * The language server validates with every check after each change: compiling the model
	 * (plan, network, verification) there would slow typing on big lattices, so the
	 * compilation check is off; hover shows its result on demand.
	 */
	public void configureCompileOnValidation(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompilationValidator.ON_VALIDATION)).to(false);
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return HamContentProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return HamHoverService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return HamQuickfixProvider.class;
	}

	/** The language server asks this service for code actions; it turns the quick fixes into them. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return HamSymbolNames.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return HamSymbolKinds.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return HamSemanticHighlightingCalculator.class;
	}
}
