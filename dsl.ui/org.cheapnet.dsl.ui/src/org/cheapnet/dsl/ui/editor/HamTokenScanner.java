package org.cheapnet.dsl.ui.editor;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Tokens of the presentation: every word keyword of the grammar (declarations, annotations,
 * enum literals such as {@code periodic} and {@code spin}) in bold purple, comments in green,
 * numbers in blue.
 */
public class HamTokenScanner extends RuleBasedScanner {
	static final IToken KEYWORD = new Token(new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD));
	static final IToken COMMENT = new Token(new TextAttribute(new Color(63, 127, 95)));
	/** Other words: consumed whole, so that no keyword is found inside an identifier. */
	static final IToken IDENTIFIER = new Token(null);
	static final IToken NUMBER = new Token(new TextAttribute(new Color(42, 0, 255)));

	public HamTokenScanner() {
		WordRule words = new WordRule(new HamWordDetector(), IDENTIFIER);
		for (String keyword : keywords()) {
			words.addWord(keyword, KEYWORD);
		}
		setRules(new IRule[] { new MultiLineRule("/*", "*/", COMMENT, (char) 0, true), new EndOfLineRule("//", COMMENT),
				new WhitespaceRule(Character::isWhitespace), words, new NumberRule(NUMBER) });
	}

	/** The grammar's keywords that are words ({@code model}, {@code @local}, {@code sum}, ...), not punctuation. */
	public static Set<String> keywords() {
		IGrammarAccess grammar = HamEditorDocuments.injector().getInstance(IGrammarAccess.class);
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (keyword.matches("@?[A-Za-z_][A-Za-z0-9_]*")) {
				words.add(keyword);
			}
		}
		return words;
	}

	/** Identifiers, and keywords that start with {@code @}. */
	private static final class HamWordDetector implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_' || c == '@';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}
	}
}
