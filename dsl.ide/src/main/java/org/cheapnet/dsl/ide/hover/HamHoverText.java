package org.cheapnet.dsl.ide.hover;

import org.cheapnet.dsl.lang.ModelCompilations;
import java.util.Locale;

import org.cheapnet.dsl.compiler.driver.CompilationProblem;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.driver.ModelCompilation;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.Variable;
import org.cheapnet.dsl.lang.LoweredModels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Markdown for a hover: a hamiltonian's size and cost (monomials, multiplications of the plan,
 * neurons, depth, error bound), a variable's place in the input vector, a lattice's geometry, a
 * param's value. Null for anything else.
 */
@Singleton
public class HamHoverText {
	@Inject
	private LoweredModels lowered;

	@Inject
	private ModelCompilations compilations;

	public String of(EObject element) {
		Model model = EcoreUtil2.getContainerOfType(element, Model.class);
		if (model == null) {
			return null;
		}
		if (element instanceof Hamiltonian hamiltonian) {
			return hamiltonian(hamiltonian, model);
		}
		if (element instanceof Variable variable) {
			return variable(variable, lowered.of(model));
		}
		if (element instanceof Lattice lattice && lowered.of(model).lattice(lattice) != null) {
			LatticeGeometry geometry = lowered.of(model).lattice(lattice);
			return "**lattice** `" + geometry + "`\n\n" + geometry.siteCount() + " sites";
		}
		if (element instanceof Param param && lowered.of(model).constant(param.getValue()) != null) {
			return "**param** `" + param.getName() + " = " + PolynomialFormat.decimal(lowered.of(model).constant(param.getValue())) + "`";
		}
		return null;
	}

	private String hamiltonian(Hamiltonian hamiltonian, Model model) {
		StringBuilder text = new StringBuilder("**hamiltonian** `").append(hamiltonian.getName()).append("`\n\n");
		LoweredHamiltonian h = lowered.of(model).hamiltonian(hamiltonian);
		if (h == null) {
			return text.append("not expanded: it has errors (see the problems)").toString();
		}
		text.append("- monomials: ").append(h.expanded().termCount()).append(" (degree ").append(h.expanded().degree())
				.append(")\n");
		ModelCompilation compilation = compilations.of(model);
		for (HamiltonianCompilation c : compilation.hamiltonians()) {
			if (c.name().equals(hamiltonian.getName())) {
				return text.append(cost(c)).toString();
			}
		}
		for (CompilationProblem problem : compilation.problems()) {
			if (problem.at() == hamiltonian) {
				return text.append("- not compiled: ").append(problem.message()).toString();
			}
		}
		return text.append("- not compiled").toString();
	}

	private static String cost(HamiltonianCompilation c) {
		CompiledNetwork network = c.network();
		return "- multiplications: " + c.plan().multiplications() + " (plan)\n"
				+ "- neurons: " + network.counts().neurons() + (network.flat() ? " (flat)" : "") + " (flat network: "
				+ c.flatNeurons() + ")\n"
				+ "- depth: " + network.counts().depth() + " (hidden layers)\n"
				+ "- activation: " + c.options().activation().dslName() + "\n"
				+ "- relative error bound: " + small(network.predictedError()) + " (tolerance "
				+ small(c.options().tolerance()) + "; measured " + small(c.verification().worstError()) + " on "
				+ c.verification().points() + " points)";
	}

	/** Errors and tolerances to three digits, as 1.00e-06. */
	private static String small(double value) {
		return String.format(Locale.ROOT, "%.3g", value);
	}

	private static String variable(Variable variable, LoweredModel model) {
		VariableDeclaration declaration = model.variable(variable);
		if (declaration == null) {
			return null;
		}
		String kind = declaration.kind().name().toLowerCase(Locale.ROOT);
		StringBuilder text = new StringBuilder("**").append(kind).append("** `").append(declaration.name()).append("`\n\n");
		text.append("- values: ").append(values(declaration)).append('\n');
		text.append("- shape: ").append(shape(declaration)).append('\n');
		int offset = model.space().offset(declaration);
		text.append("- input offset: ").append(declaration.count() == 1 ? Integer.toString(offset)
				: offset + " to " + (offset + declaration.count() - 1));
		if (declaration.isOnLattice() && declaration.lattice().dimension() > 1) {
			text.append(" (sites row-major, last coordinate fastest)");
		}
		return text.toString();
	}

	private static String values(VariableDeclaration declaration) {
		if (declaration.kind() == VariableKind.BIT) {
			return "{0, 1}";
		}
		if (declaration.kind() == VariableKind.SPIN) {
			return "{-1, +1}";
		}
		return "[" + PolynomialFormat.decimal(declaration.lo()) + ", " + PolynomialFormat.decimal(declaration.hi()) + "]";
	}

	private static String shape(VariableDeclaration declaration) {
		if (declaration.isScalar()) {
			return "scalar";
		}
		if (declaration.isVector()) {
			return "vector of " + declaration.count();
		}
		return declaration.count() + " sites of `" + declaration.lattice() + "`";
	}
}
