package org.cheapnet.dsl.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cheapnet.dsl.cli.ReportEntry.Kind;
import org.cheapnet.dsl.compiler.driver.Phase;
import org.cheapnet.dsl.compiler.network.GateKind;

/**
 * {@code hamc report --json}: one object {"hamiltonians": [...], "classifiers": [...]}, every
 * entry with the same keys in the same order (README, "hamc report").
 */
public final class ReportJson {

	private ReportJson() {
	}

	static String of(List<ReportEntry> entries) {
		JsonWriter json = new JsonWriter().beginObject();
		for (Kind kind : Kind.values()) {
			json.key(kind.name().toLowerCase(Locale.ROOT) + "s").beginArray();
			entries.stream().filter(e -> e.kind() == kind).forEach(e -> entry(json, e));
			json.endArray();
		}
		return json.endObject().toString();
	}

	private static void entry(JsonWriter json, ReportEntry e) {
		json.beginObject()
				.member("name", e.name())
				.member("package", e.javaPackage())
				.member("className", e.className());
		if (e.classes() != null) {
			json.member("classes", e.classes().names())
					.member("priors", e.classes().priors())
					.member("logPartition", e.classes().logPartition())
					.member("classMonomials", e.classes().monomials());
		}
		json.member("variables", e.variables())
				.member("inputs", e.inputs())
				.member("monomials", e.monomials())
				.member("multiplications", e.multiplications())
				.member("squarings", e.squarings())
				.member("construction", e.construction())
				.member("lowerBound", e.lowerBound())
				.member("provedMinimal", e.provedMinimal())
				.member("neurons", e.counts().neurons());
		json.key("neuronsByGate").beginObject();
		for (GateKind kind : GateKind.values()) {
			json.member(gateKey(kind), e.counts().neurons(kind));
		}
		json.endObject();
		json.key("gates").beginObject();
		for (GateKind kind : GateKind.values()) {
			json.member(gateKey(kind), e.counts().gates(kind));
		}
		json.endObject();
		json.member("depth", e.counts().depth())
				.member("weights", e.counts().nonZeroWeights())
				.member("lambda", e.lambda())
				.member("beta", e.beta())
				.member("errorBound", e.errorBound())
				.member("measuredError", e.measuredError())
				.member("verifiedPoints", e.verifiedPoints())
				.member("flatNeurons", e.flatNeurons())
				.member("flat", e.flat())
				.member("activation", e.activation())
				.member("tolerance", e.tolerance());
		json.key("maxDepth");
		if (e.maxDepth() == null) {
			json.nullValue();
		} else {
			json.value(e.maxDepth());
		}
		json.key("timesMs").beginObject();
		for (Map.Entry<Phase, Double> time : e.timesMs().entrySet()) {
			json.member(time.getKey().name().toLowerCase(Locale.ROOT), time.getValue());
		}
		json.endObject().endObject();
	}

	/** PRODUCT -> "product", FLAT_PRODUCT -> "flatProduct". */
	public static String gateKey(GateKind kind) {
		String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}
}
