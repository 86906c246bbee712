package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.Softmax;
import org.cheapnet.runtime.network.Interpreter;

/**
 * A classifier on a few sample inputs: the class probabilities of the compiled network
 * (softmax of -H_y(x) - mu_y - ln Z_y with H_y from the network) next to the exact ones (the same
 * with H_y from the expanded polynomial). Sample k is drawn with seed k: bits and spins uniform
 * over their two values, reals uniform in their range.
 */
public final class ClassifierSamples {

	public static final int SAMPLES = 4;

	/** One input and the probabilities of each class, by the network and exactly. */
	public record Sample(long seed, double[] input, double[] network, double[] exact) {
	}

	private ClassifierSamples() {
	}

	public static List<Sample> of(ClassifierCompilation c, VariableSpace space) {
		Interpreter interpreter = new Interpreter(c.network().network());
		List<Sample> samples = new ArrayList<>();
		for (long seed = 1; seed <= SAMPLES; seed++) {
			double[] x = input(space, seed);
			double[] h = interpreter.evaluate(x);
			int classes = c.classes().size();
			double[] networkLogits = new double[classes];
			double[] exactLogits = new double[classes];
			for (int y = 0; y < classes; y++) {
				networkLogits[y] = -h[y] + c.logitOffset(y);
				exactLogits[y] = -c.hamiltonians().get(y).evaluate(x) + c.logitOffset(y);
			}
			samples.add(new Sample(seed, x, Softmax.softmax(networkLogits), Softmax.softmax(exactLogits)));
		}
		return samples;
	}

	/** The input of seed k. */
	static double[] input(VariableSpace space, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] x = new double[space.inputCount()];
		for (int i = 0; i < x.length; i++) {
			VariableKind kind = space.kind(i);
			x[i] = switch (kind) {
				case BIT -> random.nextBoolean() ? 1 : 0;
				case SPIN -> random.nextBoolean() ? 1 : -1;
				case REAL -> space.declarationOf(i).lo()
						+ (space.declarationOf(i).hi() - space.declarationOf(i).lo()) * random.nextDouble();
			};
		}
		return x;
	}
}
