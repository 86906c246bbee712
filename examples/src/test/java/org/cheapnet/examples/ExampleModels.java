package org.cheapnet.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.ToleranceAnnotation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The example models read again by the tests, independently of the build's generator: every
 * hamiltonian and classifier of src/main/ham with its expected class name, its expanded
 * polynomial (Lowering.lower) and its tolerance; plus the numerics the tests compare with.
 */
final class ExampleModels {
	static final Path EXAMPLES = Path.of("src/main/ham");
	static final double DEFAULT_TOLERANCE = 1e-6;

	/** A hamiltonian or classifier declaration and the name its generated class must have. */
	record Declaration(String className, Model model, EObject declaration, LoweredModel lowered) {
		Hamiltonian hamiltonian() {
			return (Hamiltonian) declaration;
		}

		Polynomial expanded() {
			return lowered.hamiltonian(hamiltonian()).expanded();
		}

		/** The declared @tolerance, or the language's default. */
		double tolerance() {
			for (var annotation : hamiltonian().getAnnotations()) {
				if (annotation instanceof ToleranceAnnotation t) {
					return lowered.constant(t.getValue());
				}
			}
			return DEFAULT_TOLERANCE;
		}
	}

	private ExampleModels() {
	}

	/** Every hamiltonian and classifier of every example file, in file and declaration order. */
	static List<Declaration> all() {
		Injector injector = new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Declaration> declarations = new ArrayList<>();
		for (Path path : hamFiles()) {
			HamFile file = (HamFile) resourceSet.getResource(URI.createFileURI(path.toAbsolutePath().toString()), true)
					.getContents().get(0);
			String prefix = file.getName() == null ? "" : file.getName() + ".";
			for (Model model : file.getModels()) {
				LoweredModel lowered = Lowering.lower(model);
				for (EObject d : model.getDeclarations()) {
					String name = d instanceof Hamiltonian h ? h.getName() : d instanceof Classifier c ? c.getName() : null;
					if (name != null) {
						String className = prefix + model.getName() + Character.toUpperCase(name.charAt(0)) + name.substring(1);
						declarations.add(new Declaration(className, model, d, lowered));
					}
				}
			}
		}
		return declarations;
	}

	private static List<Path> hamFiles() {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter(p -> p.toString().endsWith(".ham")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A point of the declared domain: spins -1/+1, bits 0/1, reals uniform in [lo, hi]. */
	static double[] randomPoint(VariableSpace space, Random random) {
		double[] x = new double[space.inputCount()];
		for (int i = 0; i < x.length; i++) {
			VariableDeclaration v = space.declarationOf(i);
			x[i] = switch (v.kind()) {
			case SPIN -> random.nextBoolean() ? 1 : -1;
			case BIT -> random.nextBoolean() ? 1 : 0;
			case REAL -> v.lo() + random.nextDouble() * (v.hi() - v.lo());
			};
		}
		return x;
	}

	/** LANGUAGE.md's scale S = sum_k |c_k| max |m_k| over the domain (bits and spins: |m_k| <= 1). */
	static double scale(Polynomial h, VariableSpace space) {
		double s = 0;
		for (int k = 0; k < h.termCount(); k++) {
			Monomial m = h.monomial(k);
			double max = Math.abs(h.coefficientAt(k));
			for (int i = 0; i < m.size(); i++) {
				VariableDeclaration v = space.declarationOf(m.atom(i));
				max *= Math.pow(Math.max(Math.abs(v.lo()), Math.abs(v.hi())), m.exponent(i));
			}
			s += max;
		}
		return s;
	}
}
