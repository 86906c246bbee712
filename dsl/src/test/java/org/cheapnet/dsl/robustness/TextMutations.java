package org.cheapnet.dsl.robustness;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character-level mutations of a model's text, to complement the token mutations of
 * {@link MutationRobustnessTest}: cut or duplicate a span, splice in a span of another model,
 * insert a random character, or push a number to an extreme (huge, tiny, zero, negative, many
 * digits). One to four at a time.
 */
final class TextMutations {
	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
	private static final String[] EXTREMES = { "0", "1e308", "1e-320", "99999999999999999999", "2147483648", "65536", "1e400",
			"0.000", "-0", "17", "3.999999999999999999" };
	private static final String CHARACTERS = "(){}[]<>,.;:+-*/^=@#\"'\\ \n\t0123456789eExyzsi_\u00e9\u0000\ufffd";

	private TextMutations() {
	}

	static String mutate(String text, List<String> others, Random random) {
		StringBuilder s = new StringBuilder(text);
		for (int edits = 1 + random.nextInt(4); edits > 0 && !s.isEmpty(); edits--) {
			int at = random.nextInt(s.length());
			int span = Math.min(s.length() - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 80));
			switch (random.nextInt(5)) {
			case 0 -> s.delete(at, at + span);
			case 1 -> s.insert(at, s.substring(at, at + span));
			case 2 -> {
				String other = others.get(random.nextInt(others.size()));
				int from = random.nextInt(other.length());
				s.insert(at, other, from, Math.min(other.length(), from + span));
			}
			case 3 -> s.insert(at, CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
			default -> extremeNumber(s, random);
			}
		}
		return s.toString();
	}

	/** Replaces a random number of the text by an extreme one. */
	private static void extremeNumber(StringBuilder s, Random random) {
		Matcher m = NUMBER.matcher(s);
		int count = 0;
		while (m.find()) {
			count++;
		}
		if (count == 0) {
			return;
		}
		int pick = random.nextInt(count);
		m.reset();
		for (int k = 0; k <= pick; k++) {
			m.find();
		}
		s.replace(m.start(), m.end(), EXTREMES[random.nextInt(EXTREMES.length)]);
	}
}
