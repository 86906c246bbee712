package org.cheapnet.dsl.lang;

import java.util.Arrays;
import java.util.List;

import org.cheapnet.runtime.Activation;

/** The activations @activation accepts: the runtime's, by their language names; sigmoid is the default. */
public final class Activations {
	public static final String DEFAULT = Activation.SIGMOID.dslName();
	public static final List<String> NAMES = Arrays.stream(Activation.values()).map(Activation::dslName).toList();

	private Activations() {
	}
}
