package org.cheapnet.dsl.lang;

import java.util.List;

/** The activations @activation accepts (LANGUAGE.md); sigmoid is the default. */
public final class Activations {
	public static final String DEFAULT = "sigmoid";
	public static final List<String> NAMES = List.of("sigmoid", "tanh", "softplus", "silu", "gelu", "exp");

	private Activations() {
	}
}
