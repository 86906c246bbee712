package org.cheapnet.dsl.lang;

import org.cheapnet.dsl.ham.NumberLiteral;

/** Number literals are kept as text in the AST (so that 0..7 lexes as a range); this reads them. */
public final class Numbers {
	private Numbers() {
	}

	/** The literal's value; NaN when the text is missing (a parse error already reported it). */
	public static double value(NumberLiteral literal) {
		String text = literal.getValue();
		if (text == null) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(text.replace(" ", ""));
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}
}
