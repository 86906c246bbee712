package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.compiler.symmetry.CellNetwork;
import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.Network;

/**
 * Writes the Java classes of a compiled model (DESIGN.md, "Emitted Java"): one per hamiltonian,
 * implementing CompiledHamiltonian, and one per classifier, implementing CompiledClassifier. A
 * hamiltonian compiled per unit cell ({@code HamiltonianCompilation.cells()}) becomes loops over
 * the cells, so its class does not grow with the lattice.
 * Plain Java over the compiler's results; the text comes from the Xtend templates. The output
 * depends only on the input: same model, byte-identical files.
 */
public final class JavaEmitter {
	/** Plans and networks up to this many steps or nodes become straight-line code, larger ones tables. */
	public static final int MAX_STRAIGHT_LINE = 2000;

	private final String sourceName;
	private final VariableSpace space;
	private final int maxStraight;
	private final CompiledClassTemplate template = new CompiledClassTemplate();

	/**
	 * @param sourceName  the .ham file's name, for the header comment
	 * @param space       the model's inputs (from its lowering)
	 * @param maxStraight the largest plan or network written as straight-line code
	 */
	public JavaEmitter(String sourceName, VariableSpace space, int maxStraight) {
		this.sourceName = sourceName;
		this.space = space;
		this.maxStraight = maxStraight;
	}

	public JavaEmitter(String sourceName, VariableSpace space) {
		this(sourceName, space, MAX_STRAIGHT_LINE);
	}

	/** Every class of the model's compiled hamiltonians and classifiers (the failed ones are absent). */
	public List<GeneratedJava> emit(ModelCompilation compilation) {
		List<GeneratedJava> files = new ArrayList<>();
		for (HamiltonianCompilation h : compilation.hamiltonians()) {
			files.add(file(compilation.javaPackage(), h.className(), template.hamiltonian(hamiltonian(compilation.javaPackage(), h))));
		}
		for (ClassifierCompilation c : compilation.classifiers()) {
			files.add(file(compilation.javaPackage(), c.className(), template.classifier(classifier(compilation.javaPackage(), c))));
		}
		return files;
	}

	/**
	 * A translation-symmetric hamiltonian compiled per unit cell loops over the cells with the
	 * cell's plan and network; any other evaluates its whole plan and network. info() describes
	 * the whole compilation either way.
	 */
	CompiledClass hamiltonian(String javaPackage, HamiltonianCompilation h) {
		List<String> info = info(h.model(), h.name(), h.options().activation(), h.network(), h.verification(), h.plan());
		info.add(".monomials(" + h.lowered().expanded().termCount() + ")");
		info.add(".flatNeurons(" + JavaLiterals.of(h.flatNeurons()) + ")");
		String description = "The hamiltonian " + h.model() + "." + h.name() + ", compiled by CheapNet.";
		CellNetwork cells = h.cells();
		Plan plan = cells == null ? h.plan() : cells.cellPlan();
		Network network = cells == null ? h.network().network() : cells.cellNetwork().network();
		CellLoops loops = cells == null ? null : CellLoops.of(cells, space, maxStraight);
		Section section = NetworkSections.of(network, maxStraight);
		return new CompiledClass(sourceName, javaPackage, h.className(), description, InputLayouts.documentation(space),
				space.inputCount(), info, PlanSections.of(plan, maxStraight), section,
				NetworkSections.activationsUsed(network), List.of(), List.of(), loops, lanes(network, section));
	}

	CompiledClass classifier(String javaPackage, ClassifierCompilation c) {
		List<String> info = info(c.model(), c.name(), c.options().activation(), c.network(), c.verification(), c.plan());
		info.add(".monomials(" + c.hamiltonians().stream().mapToInt(Polynomial::termCount).sum() + ")");
		StringBuilder classes = new StringBuilder(".classes(java.util.List.of(");
		List<Double> offsets = new ArrayList<>();
		for (int y = 0; y < c.classes().size(); y++) {
			classes.append(y == 0 ? "" : ", ").append(JavaLiterals.of(c.classes().get(y)));
			offsets.add(c.logitOffset(y));
		}
		info.add(classes.append("))").toString());
		String description = "The classifier " + c.model() + "." + c.name() + ", compiled by CheapNet: p(y | x) = softmax_y(-H_y(x) - mu_y - ln Z_y).";
		Network network = c.network().network();
		Section section = NetworkSections.of(network, maxStraight);
		return new CompiledClass(sourceName, javaPackage, c.className(), description, InputLayouts.documentation(space),
				space.inputCount(), info, PlanSections.of(c.plan(), maxStraight), section,
				NetworkSections.activationsUsed(network), c.classes(), offsets, null, lanes(network, section));
	}

	/** Batch code over blocks of rows for a straight-line network; a table-driven one keeps the row-by-row batch. */
	private static LaneSection lanes(Network network, Section section) {
		return section.tableDriven() ? null : LaneSections.of(network);
	}

	/** The ModelInfo builder calls common to both kinds. */
	private List<String> info(String model, String name, Activation activation, CompiledNetwork network,
			Verification verification, Plan plan) {
		List<String> info = new ArrayList<>();
		info.add(".model(" + JavaLiterals.of(model) + ")");
		info.add(".name(" + JavaLiterals.of(name) + ")");
		InputLayouts.constructors(space).forEach(layout -> info.add(".variable(" + layout + ")"));
		info.add(".activation(Activation." + activation.name() + ")");
		info.add(".multiplications(" + plan.multiplications() + ")");
		info.add(".neurons(" + network.network().neuronCount() + ")");
		info.add(".depth(" + network.network().depth() + ")");
		info.add(".weights(" + JavaLiterals.of((long) network.network().nonZeroWeights()) + ")");
		info.add(".lambda(" + JavaLiterals.of(network.lambda()) + ")");
		info.add(".beta(" + JavaLiterals.of(network.beta()) + ")");
		info.add(".errorBound(" + JavaLiterals.of(errorBound(network, verification)) + ")");
		return info;
	}

	/** The larger of the predicted bound and the worst error verification measured. */
	private static double errorBound(CompiledNetwork network, Verification verification) {
		double predicted = Double.isFinite(network.predictedError()) ? network.predictedError() : 0;
		return Math.max(predicted, verification.worstError());
	}

	private static GeneratedJava file(String javaPackage, String className, String content) {
		String qualified = javaPackage.isEmpty() ? className : javaPackage + "." + className;
		// '\n' line ends on every platform; the templates indent blank lines, trim them
		String text = content.replace("\r\n", "\n").replaceAll("(?m)[ \t]+$", "");
		return new GeneratedJava(qualified, qualified.replace('.', '/') + ".java", text);
	}
}
