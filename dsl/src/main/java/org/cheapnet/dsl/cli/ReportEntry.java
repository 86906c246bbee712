package org.cheapnet.dsl.cli;

import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.Phase;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkCounts;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.construct.LowerBounds;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * What {@code hamc report} shows of one compiled hamiltonian or classifier: plain numbers taken
 * from the driver's result, so that the text and the JSON form print the same thing.
 *
 * @param name           MODEL.NAME
 * @param javaPackage    the file's package, null without one
 * @param variables      the input variables the polynomial reads
 * @param inputs         the length of the input vector (every variable of the model)
 * @param monomials      terms of the expanded polynomial, a constant term included (all classes together for a classifier)
 * @param multiplications M of the plan, under the anchors' counting rule
 * @param squarings      S, the multiplications that square a value
 * @param construction   the planning construction that won (see PlanSelector)
 * @param lowerBound     a rigorous lower bound on M (LowerBounds)
 * @param provedMinimal  M meets the lower bound and every variable is real
 * @param counts         neurons by gate kind, depth (hidden layers), non-zero weights
 * @param errorBound     the predicted first-order bound on the relative error
 * @param measuredError  the largest relative error the verifier found
 * @param flatNeurons    the neurons of the one-hidden-layer network of the same polynomial(s)
 * @param flat           whether the network built is that flat one ({@code @depth(1)})
 * @param maxDepth       the {@code @depth} limit, null without one
 * @param timesMs        the driver's passes, in phase order
 * @param classes        a classifier's classes, null for a hamiltonian
 */
public record ReportEntry(Kind kind, String name, String javaPackage, String className, int variables, int inputs,
		int monomials, long multiplications, long squarings, String construction, int lowerBound, boolean provedMinimal, NetworkCounts counts, double lambda, double beta,
		double errorBound, double measuredError, long verifiedPoints, long flatNeurons, boolean flat, String activation,
		double tolerance, Integer maxDepth, Map<Phase, Double> timesMs, Classes classes) {

	public enum Kind {
		HAMILTONIAN, CLASSIFIER
	}

	/**
	 * @param priors       renormalized to sum to 1
	 * @param logPartition ln Z_y (0 for normalize none)
	 * @param monomials    terms of each class's expanded polynomial
	 */
	public record Classes(List<String> names, double[] priors, double[] logPartition, long[] monomials) {
	}

	static ReportEntry of(HamiltonianCompilation h, String javaPackage) {
		Polynomial expanded = h.lowered().expanded();
		return build(Kind.HAMILTONIAN, h.model() + "." + h.name(), javaPackage, h.className(), List.of(expanded),
				h.options(), h.multiplications(), h.squarings(), h.construction(),
				h.choice().lowerBound().multiplications(), h.provedMinimal(), h.network(), h.verification(),
				h.flatNeurons(), h.times().millis(), null);
	}

	/** @param space the model's variable space, for the flat network of all classes together */
	static ReportEntry of(ClassifierCompilation c, String javaPackage, VariableSpace space) {
		long[] monomials = c.hamiltonians().stream().mapToLong(Polynomial::termCount).toArray();
		Classes classes = new Classes(List.copyOf(c.classes()), c.priors().clone(), c.logPartition().clone(), monomials);
		long flatNeurons = new NetworkCompiler(space, c.options()).flatNeuronCount(monomialsOf(c.hamiltonians()));
		return build(Kind.CLASSIFIER, c.model() + "." + c.name(), javaPackage, c.className(), c.hamiltonians(),
				c.options(), c.plan().multiplications(), c.plan().squarings(), "greedy",
				classesBound(c, space), false, c.network(), c.verification(),
				flatNeurons, c.times().millis(), classes);
	}

	private static ReportEntry build(Kind kind, String name, String javaPackage, String className,
			List<Polynomial> expanded, NetworkOptions options, long multiplications, long squarings, String construction,
			int lowerBound, boolean provedMinimal, CompiledNetwork network,
			Verification verification, long flatNeurons, Map<Phase, Double> times, Classes classes) {
		int monomials = expanded.stream().mapToInt(Polynomial::termCount).sum();
		int variables = (int) expanded.stream().flatMap(p -> p.atoms().stream()).distinct().count();
		Integer maxDepth = options.maxDepth() == Integer.MAX_VALUE ? null : options.maxDepth();
		return new ReportEntry(kind, name, javaPackage, className, variables, network.network().inputCount(), monomials,
				multiplications, squarings, construction, lowerBound, provedMinimal, network.counts(), network.lambda(), network.beta(),
				network.predictedError(), verification.worstError(), verification.points(), flatNeurons, network.flat(),
				options.activation().dslName(), options.tolerance(), maxDepth, times, classes);
	}

	/** Computing all classes needs at least what the hardest one needs. */
	private static int classesBound(ClassifierCompilation c, VariableSpace space) {
		return c.hamiltonians().stream().mapToInt(p -> LowerBounds.of(p, space.inputCount()).multiplications()).max().orElse(0);
	}

	/**
	 * Every monomial of the classes once, with coefficient 1: the flat network builds a monomial
	 * shared between classes once, so its size is that of this union (positive coefficients never cancel).
	 */
	private static Polynomial monomialsOf(List<Polynomial> polynomials) {
		PolynomialBuilder union = new PolynomialBuilder();
		for (Polynomial p : polynomials) {
			for (Monomial m : p.monomials()) {
				union.add(m, 1);
			}
		}
		return union.build();
	}
}
