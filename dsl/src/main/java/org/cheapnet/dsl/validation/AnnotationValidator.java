package org.cheapnet.dsl.validation;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cheapnet.dsl.compiler.analysis.Symmetry;
import org.cheapnet.dsl.ham.ActivationAnnotation;
import org.cheapnet.dsl.ham.Annotation;
import org.cheapnet.dsl.ham.DepthAnnotation;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.LocalAnnotation;
import org.cheapnet.dsl.ham.SymmetricAnnotation;
import org.cheapnet.dsl.ham.ToleranceAnnotation;
import org.cheapnet.dsl.ham.UnknownAnnotation;
import org.cheapnet.dsl.lang.Activations;
import org.eclipse.xtext.validation.Check;

/** Annotations on a hamiltonian: known names, each once, and arguments in range. */
public class AnnotationValidator extends ThemedValidator {
	private static final String KNOWN = "@local, @symmetric, @tolerance, @activation, @depth";

	@Check
	public void checkKnownAnnotation(UnknownAnnotation annotation) {
		error("unknown annotation @" + annotation.getName() + "; known: " + KNOWN, annotation, null, UNKNOWN_ANNOTATION);
	}

	@Check
	public void checkAnnotationsOnce(Hamiltonian hamiltonian) {
		Set<Class<?>> seen = new HashSet<>();
		for (Annotation annotation : hamiltonian.getAnnotations()) {
			boolean repeatable = annotation instanceof SymmetricAnnotation || annotation instanceof UnknownAnnotation;
			if (!repeatable && !seen.add(annotation.eClass().getInstanceClass())) {
				error("this annotation is given twice", annotation, null, DUPLICATE_ANNOTATION);
			}
		}
	}

	@Check
	public void checkActivation(ActivationAnnotation annotation) {
		if (annotation.getActivation() != null && !Activations.NAMES.contains(annotation.getActivation())) {
			error("unknown activation '" + annotation.getActivation() + "'; use one of " + String.join(", ", Activations.NAMES),
					annotation, HamPackage.Literals.ACTIVATION_ANNOTATION__ACTIVATION, UNKNOWN_ACTIVATION);
		}
	}

	@Check
	public void checkSymmetryNames(SymmetricAnnotation annotation) {
		List<String> names = annotation.getSymmetries();
		for (int i = 0; i < names.size(); i++) {
			if (Symmetry.byName(names.get(i)) == null) {
				error("unknown symmetry '" + names.get(i) + "'; use translation, flip, reflection, rotation or permutation",
						annotation, HamPackage.Literals.SYMMETRIC_ANNOTATION__SYMMETRIES, i, UNKNOWN_SYMMETRY);
			}
		}
	}

	@Check
	public void checkTolerance(ToleranceAnnotation annotation) {
		Double eps = lowered(annotation).constant(annotation.getValue());
		if (eps != null && !(eps > 0)) {
			error("the tolerance must be positive", annotation, HamPackage.Literals.TOLERANCE_ANNOTATION__VALUE, TOLERANCE_NOT_POSITIVE);
		}
	}

	@Check
	public void checkDepth(DepthAnnotation annotation) {
		Double depth = lowered(annotation).constant(annotation.getDepth());
		if (depth != null && (depth < 1 || depth != Math.rint(depth))) {
			error("the depth must be an integer of at least 1", annotation, HamPackage.Literals.DEPTH_ANNOTATION__DEPTH, DEPTH_BELOW_ONE);
		}
	}

	@Check
	public void checkLocalRadius(LocalAnnotation annotation) {
		Double radius = lowered(annotation).constant(annotation.getRadius());
		if (radius != null && (radius < 0 || radius != Math.rint(radius))) {
			error("the locality radius must be a non-negative integer", annotation, HamPackage.Literals.LOCAL_ANNOTATION__RADIUS, LOCAL_RADIUS);
		}
	}
}
