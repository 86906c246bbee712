package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import org.cheapnet.dsl.compiler.analysis.Locality;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.LocalAnnotation;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/** @local(r), checked on the expanded polynomial; an info when a hamiltonian is local but does not say so. */
public class LocalityValidator extends ThemedValidator {
	/** Above this many terms the undeclared-locality info is not computed (the editor stays fast). */
	static final int INFO_TERM_LIMIT = 50_000;

	@Check(CheckType.NORMAL)
	public void checkLocality(LocalAnnotation annotation) {
		LoweredModel model = lowered(annotation);
		LoweredHamiltonian hamiltonian = model.hamiltonian((Hamiltonian) annotation.eContainer());
		Double radius = model.constant(annotation.getRadius());
		if (hamiltonian == null || radius == null || radius < 0 || radius != Math.rint(radius)) {
			return;
		}
		Monomial violation = Locality.firstViolation(hamiltonian.expanded(), model.space(), radius.intValue());
		if (violation != null) {
			int needed = Locality.radius(hamiltonian.expanded(), model.space());
			String term = PolynomialFormat.monomial(violation, model.space());
			error("not local within " + radius.intValue() + ": the term " + term + " spans lattice distance "
					+ describe(Locality.radius(Polynomial.monomial(violation, 1), model.space())), annotation,
					HamPackage.Literals.LOCAL_ANNOTATION__RADIUS, LOCALITY_VIOLATED, Integer.toString(needed));
		}
	}

	@Check(CheckType.NORMAL)
	public void infoUndeclaredLocality(Hamiltonian hamiltonian) {
		if (hamiltonian.getAnnotations().stream().anyMatch(LocalAnnotation.class::isInstance)) {
			return;
		}
		LoweredModel model = lowered(hamiltonian);
		LoweredHamiltonian lowered = model.hamiltonian(hamiltonian);
		if (lowered == null || lowered.expanded().termCount() > INFO_TERM_LIMIT || lowered.expanded().degree() < 2
				|| !onLatticesOnly(lowered, model)) {
			return;
		}
		int radius = Locality.radius(lowered.expanded(), model.space());
		if (radius != Locality.UNBOUNDED) {
			info(hamiltonian.getName() + " is local within lattice distance " + radius + ": declare @local(" + radius + ")",
					hamiltonian, HamPackage.Literals.SYMBOL__NAME, UNDECLARED_LOCALITY, Integer.toString(radius));
		}
	}

	private static boolean onLatticesOnly(LoweredHamiltonian hamiltonian, LoweredModel model) {
		return hamiltonian.expanded().atoms().stream().allMatch(atom -> model.space().declarationOf(atom).lattice() != null);
	}

	private static String describe(int distance) {
		return distance == Locality.UNBOUNDED ? "unbounded (variables on different lattices or vectors)" : Integer.toString(distance);
	}
}
