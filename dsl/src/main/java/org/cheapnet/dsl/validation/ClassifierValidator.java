package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cheapnet.dsl.compiler.driver.LogPartition;
import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.ClassDecl;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Normalization;
import org.cheapnet.dsl.lang.GaussianForm;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/** Classifiers: classes, positive priors summing to 1, the same variables in every class, a feasible normalization. */
public class ClassifierValidator extends ThemedValidator {
	static final int MAX_EXACT_VARIABLES = LogPartition.MAX_EXACT_VARIABLES;

	@Check
	public void checkHasClasses(Classifier classifier) {
		if (classifier.getClasses().isEmpty()) {
			error("a classifier needs at least one class", classifier, HamPackage.Literals.SYMBOL__NAME, EMPTY_CLASSIFIER);
		}
	}

	@Check
	public void checkUniqueClassNames(Classifier classifier) {
		Set<String> seen = new HashSet<>();
		for (ClassDecl c : classifier.getClasses()) {
			if (c.getName() != null && !seen.add(c.getName())) {
				error("duplicate class '" + c.getName() + "' in classifier " + classifier.getName(), c,
						HamPackage.Literals.CLASS_DECL__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkPriors(Classifier classifier) {
		LoweredModel model = lowered(classifier);
		List<Double> priors = new ArrayList<>();
		for (ClassDecl c : classifier.getClasses()) {
			Double prior = model.constant(c.getPrior());
			if (prior == null) {
				return;
			}
			if (!(prior > 0)) {
				error("a prior must be positive", c, HamPackage.Literals.CLASS_DECL__PRIOR, PRIOR_NOT_POSITIVE);
				return;
			}
			priors.add(prior);
		}
		double total = priors.stream().mapToDouble(Double::doubleValue).sum();
		if (!priors.isEmpty() && Math.abs(total - 1) > 1e-9) {
			String[] renormalized = priors.stream().map(p -> PolynomialFormat.decimal(p / total)).toArray(String[]::new);
			warning("the priors sum to " + PolynomialFormat.decimal(total) + ", not 1; they are renormalized to "
					+ String.join(", ", renormalized), classifier, HamPackage.Literals.SYMBOL__NAME, PRIORS_NOT_NORMALIZED, renormalized);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkSameVariables(Classifier classifier) {
		List<LoweredHamiltonian> classes = classHamiltonians(classifier);
		if (classes == null || classes.isEmpty()) {
			return;
		}
		VariableSpace space = lowered(classifier).space();
		Set<String> first = variablesRead(classes.get(0).expanded(), space);
		for (int i = 1; i < classes.size(); i++) {
			Set<String> other = variablesRead(classes.get(i).expanded(), space);
			if (!other.equals(first)) {
				error("all classes must read the same variables: " + classifier.getClasses().get(0).getName() + " reads " + first
						+ " but " + classifier.getClasses().get(i).getName() + " reads " + other, classifier.getClasses().get(i),
						HamPackage.Literals.CLASS_DECL__HAMILTONIAN, CLASSES_READ_DIFFERENT_VARIABLES);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkExactNormalization(Classifier classifier) {
		List<LoweredHamiltonian> classes = classHamiltonians(classifier);
		if (classifier.getNormalization() != Normalization.EXACT || classes == null) {
			return;
		}
		VariableSpace space = lowered(classifier).space();
		Set<Integer> atoms = new TreeSet<>();
		classes.forEach(c -> atoms.addAll(c.expanded().atoms()));
		for (int atom : atoms) {
			if (space.kind(atom) == VariableKind.REAL) {
				error("normalize exact sums over all states, but " + space.label(atom) + " is real: use normalize gaussian or none",
						classifier, HamPackage.Literals.CLASSIFIER__NORMALIZATION, EXACT_NEEDS_DISCRETE);
				return;
			}
		}
		if (atoms.size() > MAX_EXACT_VARIABLES) {
			error("normalize exact would sum over 2^" + atoms.size() + " states, more than the limit 2^" + MAX_EXACT_VARIABLES,
					classifier, HamPackage.Literals.CLASSIFIER__NORMALIZATION, EXACT_TOO_MANY_STATES);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkGaussianNormalization(Classifier classifier) {
		List<LoweredHamiltonian> classes = classHamiltonians(classifier);
		if (classifier.getNormalization() != Normalization.GAUSSIAN || classes == null) {
			return;
		}
		VariableSpace space = lowered(classifier).space();
		for (int i = 0; i < classes.size(); i++) {
			ClassDecl c = classifier.getClasses().get(i);
			Polynomial h = classes.get(i).expanded();
			String problem = GaussianForm.problem(h, space);
			if (problem != null) {
				String code = h.degree() > 2 ? GAUSSIAN_NOT_QUADRATIC
						: h.atoms().stream().anyMatch(a -> space.kind(a) != VariableKind.REAL) ? GAUSSIAN_NEEDS_REAL : GAUSSIAN_NOT_DEFINITE;
				error("normalize gaussian: " + c.getHamiltonian().getName() + " " + problem, c,
						HamPackage.Literals.CLASS_DECL__HAMILTONIAN, code);
			}
		}
	}

	/** The classes' lowered hamiltonians, or null when one is missing (an error elsewhere). */
	private List<LoweredHamiltonian> classHamiltonians(Classifier classifier) {
		LoweredModel model = lowered(classifier);
		List<LoweredHamiltonian> result = new ArrayList<>();
		for (ClassDecl c : classifier.getClasses()) {
			if (c.getHamiltonian() == null || c.getHamiltonian().eIsProxy()) {
				return null;
			}
			result.add(model.hamiltonian(c.getHamiltonian()));
		}
		return result.stream().allMatch(Objects::nonNull) ? result : null;
	}

	private static Set<String> variablesRead(Polynomial h, VariableSpace space) {
		return h.atoms().stream().map(atom -> space.declarationOf(atom).name()).collect(Collectors.toCollection(TreeSet::new));
	}
}
