package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.network.FlatConstruction;
import org.cheapnet.dsl.compiler.network.NetworkCompilation;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.PlanGates;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;

/**
 * Deep against flat: the neurons the compiler builds under each depth limit {@code @depth(k)},
 * k = 1 up to the depth of the plan's own network (beyond it nothing changes). The compiler has
 * two constructions: the plan's gates when they fit under the limit, else the one-hidden-layer
 * network of {@link FlatConstruction} (2^n neurons for a product of n reals). Where the flat
 * network cannot be built (a product of more factors than the flat gate takes) its size comes
 * from the closed form, {@link FlatConstruction#neuronCount}, and is marked as a formula.
 */
public final class DepthSweep {

	/** Depth limits shown at most (the first ones and the deepest). */
	static final int MAX_BARS = 10;

	/**
	 * @param maxDepth the limit {@code @depth(k)}
	 * @param neurons  hidden neurons of the network built under it
	 * @param flat     whether that is the flat construction
	 * @param formula  whether the count comes from the closed form, not from a built network
	 */
	public record Bar(int maxDepth, long neurons, boolean flat, boolean formula) {
	}

	private DepthSweep() {
	}

	/** The bars for k = 1 .. the plan network's depth (at most {@link #MAX_BARS}, the deepest always last). */
	public static List<Bar> of(ReportSubject subject) {
		NetworkOptions options = subject.options();
		int deepest = Math.max(1, PlanGates.lower(subject.plan(), subject.space(), options.activation()).depth());
		List<Bar> bars = new ArrayList<>();
		for (int k = 1; k <= deepest; k++) {
			if (k >= MAX_BARS && k < deepest) {
				continue;
			}
			bars.add(bar(subject, new NetworkOptions(options.activation(), options.tolerance(), k)));
		}
		return bars;
	}

	private static Bar bar(ReportSubject subject, NetworkOptions options) {
		NetworkCompiler compiler = new NetworkCompiler(subject.space(), options);
		NetworkCompilation built = compiler.compile(subject.plan(), subject.expanded());
		if (built instanceof NetworkCompilation.Built b) {
			return new Bar(options.maxDepth(), b.network().counts().neurons(), b.network().flat(), false);
		}
		return new Bar(options.maxDepth(), compiler.flatNeuronCount(monomialsOf(subject.expanded())), true, true);
	}

	/** Every monomial of the outputs once (the flat network builds a shared monomial once). */
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
