package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.List;

import org.cheapnet.dsl.compiler.analysis.Symmetries;
import org.cheapnet.dsl.compiler.analysis.Symmetry;
import org.cheapnet.dsl.compiler.analysis.SymmetryCheck;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.SymmetricAnnotation;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/**
 * @symmetric(...), checked on the expanded polynomial with a witness; an info when a hamiltonian
 * has translation or flip symmetry that it does not declare (the cheap checks).
 */
public class SymmetryValidator extends ThemedValidator {
	private static final List<Symmetry> SUGGESTED = List.of(Symmetry.TRANSLATION, Symmetry.FLIP);

	@Check(CheckType.NORMAL)
	public void checkSymmetries(SymmetricAnnotation annotation) {
		LoweredModel model = lowered(annotation);
		LoweredHamiltonian hamiltonian = model.hamiltonian((Hamiltonian) annotation.eContainer());
		if (hamiltonian == null) {
			return;
		}
		for (int i = 0; i < annotation.getSymmetries().size(); i++) {
			String name = annotation.getSymmetries().get(i);
			Symmetry symmetry = Symmetry.byName(name);
			if (symmetry == null) {
				continue; // reported by AnnotationValidator
			}
			SymmetryCheck check = Symmetries.check(symmetry, hamiltonian.expanded(), model.space());
			if (!check.applicable()) {
				error(name + " symmetry does not apply: " + check.notApplicable(), annotation,
						HamPackage.Literals.SYMMETRIC_ANNOTATION__SYMMETRIES, i, SYMMETRY_NOT_APPLICABLE, name);
			} else if (!check.holds()) {
				error("not " + name + "-symmetric: " + witness(check, model.space()), annotation,
						HamPackage.Literals.SYMMETRIC_ANNOTATION__SYMMETRIES, i, SYMMETRY_VIOLATED, name);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void infoUndeclaredSymmetry(Hamiltonian hamiltonian) {
		LoweredModel model = lowered(hamiltonian);
		LoweredHamiltonian lowered = model.hamiltonian(hamiltonian);
		if (lowered == null || lowered.expanded().termCount() > LocalityValidator.INFO_TERM_LIMIT
				|| lowered.expanded().isConstant()) {
			return;
		}
		for (Symmetry symmetry : SUGGESTED) {
			if (!declared(hamiltonian, symmetry) && Symmetries.check(symmetry, lowered.expanded(), model.space()).holds()) {
				String name = symmetry.keyword();
				info(hamiltonian.getName() + " has " + name + " symmetry: declare @symmetric(" + name + ")", hamiltonian,
						HamPackage.Literals.SYMBOL__NAME, UNDECLARED_SYMMETRY, name);
			}
		}
	}

	private static boolean declared(Hamiltonian hamiltonian, Symmetry symmetry) {
		return hamiltonian.getAnnotations().stream().filter(SymmetricAnnotation.class::isInstance)
				.flatMap(a -> ((SymmetricAnnotation) a).getSymmetries().stream()).anyMatch(symmetry.keyword()::equals);
	}

	private static String witness(SymmetryCheck check, VariableSpace space) {
		String term = PolynomialFormat.monomial(check.monomial(), space);
		String image = PolynomialFormat.monomial(check.image(), space);
		return "the term " + term + " has coefficient " + PolynomialFormat.decimal(check.coefficient()) + " but its image "
				+ image + " has " + PolynomialFormat.decimal(check.imageCoefficient());
	}
}
