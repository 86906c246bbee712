package org.cheapnet.dsl.onnx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The ONNX files of a compiled model: one {@code MODEL.NAME.onnx} per hamiltonian and classifier,
 * its whole network (a translation-symmetric hamiltonian's cell network replicated on every cell,
 * as {@link HamiltonianCompilation#network()} holds it), input {@code x} in the layout of
 * LANGUAGE.md ("Inputs of the generated code").
 */
public final class OnnxExport {

	/** One model file: its name, its bytes, and the numbers in its weight matrices. */
	public record Exported(String fileName, byte[] bytes, long weights) {
	}

	/** A declaration that cannot be exported, with the reason. */
	public record Failure(String model, String name, String message) {
	}

	/** What one compiled model gives: files and failures, in declaration order. */
	public record Result(List<Exported> files, List<Failure> failures) {
	}

	private OnnxExport() {
	}

	/** Every hamiltonian and classifier of the compilation; a too large network is a failure, the rest still export. */
	public static Result of(ModelCompilation compilation, VariableSpace space, ElementType type, String version) {
		List<Exported> files = new ArrayList<>();
		List<Failure> failures = new ArrayList<>();
		for (HamiltonianCompilation h : compilation.hamiltonians()) {
			try {
				files.add(hamiltonian(h, space, type, version, NetworkGraph.WEIGHT_LIMIT));
			} catch (LayeredNetwork.TooLarge e) {
				failures.add(new Failure(h.model(), h.name(), tooLarge(h.model(), h.name(), e)));
			}
		}
		for (ClassifierCompilation c : compilation.classifiers()) {
			try {
				files.add(classifier(c, space, type, version, NetworkGraph.WEIGHT_LIMIT));
			} catch (LayeredNetwork.TooLarge e) {
				failures.add(new Failure(c.model(), c.name(), tooLarge(c.model(), c.name(), e)));
			}
		}
		return new Result(files, failures);
	}

	public static Exported hamiltonian(HamiltonianCompilation h, VariableSpace space, ElementType type, String version,
			long weightLimit) {
		NetworkGraph.Header header = header(h.model(), h.name(), "hamiltonian", h.network(), space, type, version, List.of());
		OnnxModel model = NetworkGraph.hamiltonian(h.network().network(), type, header, weightLimit);
		return new Exported(fileName(h.model(), h.name()), model.toByteArray(), weightsOf(h.network()));
	}

	public static Exported classifier(ClassifierCompilation c, VariableSpace space, ElementType type, String version,
			long weightLimit) {
		double[] offsets = new double[c.classes().size()];
		for (int y = 0; y < offsets.length; y++) {
			offsets[y] = c.logitOffset(y);
		}
		NetworkGraph.Header header = header(c.model(), c.name(), "classifier", c.network(), space, type, version, c.classes());
		OnnxModel model = NetworkGraph.classifier(c.network().network(), offsets, type, header, weightLimit);
		return new Exported(fileName(c.model(), c.name()), model.toByteArray(), weightsOf(c.network()));
	}

	/** MODEL.NAME.onnx. */
	public static String fileName(String model, String name) {
		return model + "." + name + ".onnx";
	}

	private static long weightsOf(CompiledNetwork network) {
		return network.network().nonZeroWeights();
	}

	private static String tooLarge(String model, String name, LayeredNetwork.TooLarge e) {
		return model + "." + name + ": the ONNX graph would need " + e.weights + " numbers in its dense weight matrices, "
				+ "more than the export limit of " + e.limit + " (NetworkGraph.WEIGHT_LIMIT); export a smaller lattice";
	}

	private static NetworkGraph.Header header(String model, String name, String kind, CompiledNetwork network,
			VariableSpace space, ElementType type, String version, List<String> classes) {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("cheapnet.model", model);
		metadata.put("cheapnet.name", name);
		metadata.put("cheapnet.kind", kind);
		metadata.put("cheapnet.inputs", String.join("\n", layout(space)));
		if (!classes.isEmpty()) {
			metadata.put("cheapnet.classes", String.join(",", classes));
		}
		metadata.put("cheapnet.lambda", Double.toString(network.lambda()));
		metadata.put("cheapnet.beta", Double.toString(network.beta()));
		metadata.put("cheapnet.predictedError", Double.toString(network.predictedError()));
		String doc = "CheapNet " + kind + " " + model + "." + name + " (" + type.name().toLowerCase(java.util.Locale.ROOT)
				+ "): " + network.network().neuronCount() + " neurons, " + network.network().depth() + " hidden layers";
		return new NetworkGraph.Header(model + "." + name, doc, "one sample per row: " + String.join("; ", layout(space)),
				version, metadata);
	}

	/** E.g. "spin s on grid: 256 values at offsets 0..255, sites row-major (16 x 16)". */
	static List<String> layout(VariableSpace space) {
		List<String> lines = new ArrayList<>();
		for (VariableDeclaration v : space.inputs()) {
			int offset = space.offset(v);
			String values = v.count() == 1 ? "offset " + offset
					: v.count() + " values at offsets " + offset + ".." + (offset + v.count() - 1);
			StringBuilder sites = new StringBuilder();
			if (v.isOnLattice()) {
				for (int size : v.lattice().sizes()) {
					sites.append(sites.length() == 0 ? ", sites row-major (" : " x ").append(size);
				}
				sites.append(")");
			}
			String kind = switch (v.kind()) {
			case SPIN -> " (-1 or +1)";
			case BIT -> " (0 or 1)";
			case REAL -> "";
			};
			lines.add(v + kind + ": " + (v.count() == 0 ? "no values" : values) + sites);
		}
		return lines;
	}
}
