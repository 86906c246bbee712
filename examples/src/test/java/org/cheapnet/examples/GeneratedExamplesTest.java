package org.cheapnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.runtime.CompiledClassifier;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The classes the build generated from src/main/ham (xtext-maven-plugin), for every hamiltonian:
 * energy() is the expanded polynomial of the same .ham (lowered again here), and network() stays
 * within the declared tolerance of it on 10,000 random inputs of the declared domain.
 */
class GeneratedExamplesTest {
	@Test
	void everyHamiltonianAndClassifierHasAPublicClassWithANoArgumentConstructor() throws Exception {
		List<ExampleModels.Declaration> all = ExampleModels.all();
		assertTrue(all.size() >= 10, "declarations: " + all.size()); // 9 hamiltonians and 1 classifier in 7 files
		for (ExampleModels.Declaration d : all) {
			Object instance = Class.forName(d.className()).getConstructor().newInstance();
			Class<?> expected = d.declaration() instanceof Hamiltonian ? CompiledHamiltonian.class : CompiledClassifier.class;
			assertTrue(expected.isInstance(instance), d.className() + " is a " + expected.getSimpleName());
		}
	}

	@TestFactory
	Stream<DynamicTest> energyIsTheExpandedPolynomial() {
		return hamiltonians().map(d -> DynamicTest.dynamicTest(d.className(), () -> {
			CompiledHamiltonian h = instance(d);
			VariableSpace space = d.lowered().space();
			Polynomial exact = d.expanded();
			double s = ExampleModels.scale(exact, space);
			Random random = new Random(1);
			for (int n = 0; n < 200; n++) {
				double[] x = ExampleModels.randomPoint(space, random);
				assertEquals(exact.evaluate(x), h.energy(x), 1e-12 * s);
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> networkMeetsTheToleranceOnTheDomain() {
		return hamiltonians().map(d -> DynamicTest.dynamicTest(d.className(), () -> {
			CompiledHamiltonian h = instance(d);
			VariableSpace space = d.lowered().space();
			Polynomial exact = d.expanded();
			double s = ExampleModels.scale(exact, space);
			Random random = new Random(2);
			double worst = 0;
			for (int n = 0; n < 10_000; n++) {
				double[] x = ExampleModels.randomPoint(space, random);
				worst = Math.max(worst, Math.abs(h.network(x) - exact.evaluate(x)) / s);
			}
			assertTrue(worst <= d.tolerance(), "relative error " + worst + " > " + d.tolerance());
		}));
	}

	private static Stream<ExampleModels.Declaration> hamiltonians() {
		return ExampleModels.all().stream()
				.filter(d -> d.declaration() instanceof Hamiltonian);
	}

	private static CompiledHamiltonian instance(ExampleModels.Declaration d) throws ReflectiveOperationException {
		return (CompiledHamiltonian) Class.forName(d.className()).getConstructor().newInstance();
	}
}
