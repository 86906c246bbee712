package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Symbol;
import org.cheapnet.dsl.ham.Variable;
import org.cheapnet.dsl.ham.VariableKind;
import org.cheapnet.dsl.lang.LatticeShapes;
import org.eclipse.xtext.validation.Check;

/** Declarations: unique names, known lattice shapes with their number of sizes, ranges only on reals. */
public class DeclarationValidator extends ThemedValidator {

	@Check
	public void checkUniqueModelNames(HamFile file) {
		Set<String> seen = new HashSet<>();
		for (Model model : file.getModels()) {
			if (model.getName() != null && !seen.add(model.getName())) {
				error("duplicate model '" + model.getName() + "'", model, HamPackage.Literals.MODEL__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkUniqueDeclarationNames(Model model) {
		Set<String> seen = new HashSet<>();
		for (Symbol declaration : model.getDeclarations()) {
			if (declaration.getName() != null && !seen.add(declaration.getName())) {
				error("duplicate name '" + declaration.getName() + "' in model " + model.getName(), declaration,
						HamPackage.Literals.SYMBOL__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkLatticeShape(Lattice lattice) {
		int dimension = LatticeShapes.dimension(lattice.getShape());
		if (dimension < 0) {
			error("unknown lattice shape '" + lattice.getShape() + "'; use one of " + String.join(", ", LatticeShapes.NAMES),
					lattice, HamPackage.Literals.LATTICE__SHAPE, UNKNOWN_LATTICE_SHAPE);
		} else if (lattice.getSizes().size() != dimension) {
			error(lattice.getShape() + " takes " + dimension + (dimension == 1 ? " size" : " sizes") + ", not "
					+ lattice.getSizes().size(), lattice, HamPackage.Literals.LATTICE__SHAPE, LATTICE_ARITY);
		}
	}

	@Check
	public void checkRangeOnlyOnReals(Variable variable) {
		if (variable.getRange() != null && variable.getKind() != VariableKind.REAL) {
			error(variable.getKind().getLiteral() + " variables take fixed values (" + discreteValues(variable.getKind())
					+ ") and no range", variable, HamPackage.Literals.VARIABLE__RANGE, RANGE_ON_DISCRETE);
		}
	}

	private static String discreteValues(VariableKind kind) {
		return String.join(" or ", kind == VariableKind.BIT ? List.of("0", "1") : List.of("-1", "+1"));
	}
}
