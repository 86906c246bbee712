package org.cheapnet.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.ham.HamFile;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Completion inside 10,000 nested parentheses, on a 1 MB stack as the server's request threads
 * have: the content assist parser (its own lexer and parser, not covered by the nesting limit of
 * NestingLimitTest) answers without a stack overflow and offers the variable at the innermost
 * level, as it does at a moderate depth.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamIdeInjectorProvider.class)
class ContentAssistNestingTest {
	@Inject
	private ParseHelper<HamFile> parser;
	@Inject
	private ContentAssistService contentAssist;

	@Test
	void completionDeepInsideParenthesesAnswers() throws Throwable {
		String text = "model M {\n real xyz\n hamiltonian H = " + "(".repeat(10_000) + "|" + ")".repeat(10_000) + "\n}\n";
		List<CompletionItem> items = OneMegabyteStack.call(() -> {
			OpenDocument open = OpenDocument.open(parser, text);
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier("file:///model.ham"), open.cursorPosition());
			return contentAssist.createCompletionList(open.document(), open.resource(), params, CancelIndicator.NullImpl).getItems();
		});
		assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("xyz")), items::toString);
	}

	@Test
	void completionAtModerateDepthStillOffersTheVariable() throws Exception {
		String text = "model M {\n real xyz\n hamiltonian H = " + "(".repeat(50) + "|" + ")".repeat(50) + "\n}\n";
		OpenDocument open = OpenDocument.open(parser, text);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier("file:///model.ham"), open.cursorPosition());
		List<CompletionItem> items = contentAssist.createCompletionList(open.document(), open.resource(), params,
				CancelIndicator.NullImpl).getItems();
		assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("xyz")), items::toString);
	}
}
