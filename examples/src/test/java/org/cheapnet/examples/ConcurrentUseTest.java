package org.cheapnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.runtime.CompiledClassifier;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The generated classes are safe to share between threads: one instance of every example class,
 * 8 threads making 10,000 calls each (network, energy, the batch network; logits, probabilities,
 * classify, the batch logits), interleaved over classes, methods and inputs, all starting at once. Every answer
 * must be bit for bit the one a single thread got before for the same call.
 */
class ConcurrentUseTest {
	private static final int THREADS = 8;
	private static final int CALLS_PER_THREAD = 10_000;
	private static final int POINTS = 16;
	/** Batches of a few rows and of more than one block of lanes (256 rows), each thread reusing its lanes. */
	private static final int[] BATCH_ROWS = { 4, 300 };

	/** One call on a shared instance, with its single-threaded answer. */
	private record Call(String name, java.util.function.Supplier<double[]> run, double[] expected) {
	}

	@Test
	void manyThreadsGetTheSingleThreadedAnswers() throws Exception {
		List<Call> calls = calls();
		assertTrue(calls.size() >= 100, "calls: " + calls.size());
		AtomicInteger mismatches = new AtomicInteger();
		List<String> firstMismatches = java.util.Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					start.await();
					int made = 0;
					for (int k = 0; k < CALLS_PER_THREAD; k++) {
						// threads walk the calls with different strides, so they meet on every class
						Call call = calls.get((int) ((thread * 7919L + k * (2L * thread + 1)) % calls.size()));
						double[] answer = call.run().get();
						if (!Arrays.equals(call.expected(), answer) && mismatches.incrementAndGet() <= 3) {
							firstMismatches.add(call.name() + ": " + Arrays.toString(answer) + " != " + Arrays.toString(call.expected()));
						}
						made++;
					}
					return made;
				}));
			}
			start.countDown();
			int made = 0;
			for (Future<Integer> f : done) {
				made += f.get();
			}
			assertEquals(THREADS * CALLS_PER_THREAD, made);
		} finally {
			pool.shutdownNow();
		}
		assertEquals(0, mismatches.get(), () -> "first: " + firstMismatches);
	}

	/** Every method of every example class at POINTS inputs, each answered once on this thread. */
	private static List<Call> calls() throws ReflectiveOperationException {
		List<Call> calls = new ArrayList<>();
		for (ExampleModels.Declaration d : ExampleModels.all()) {
			Object instance = Class.forName(d.className()).getConstructor().newInstance();
			VariableSpace space = d.lowered().space();
			Random random = new Random(d.className().hashCode());
			for (int p = 0; p < POINTS; p++) {
				double[] x = ExampleModels.randomPoint(space, random);
				String at = d.className() + " at point " + p;
				if (d.declaration() instanceof Hamiltonian) {
					CompiledHamiltonian h = (CompiledHamiltonian) instance;
					add(calls, at + " network", () -> new double[] { h.network(x) });
					add(calls, at + " energy", () -> new double[] { h.energy(x) });
				} else {
					CompiledClassifier c = (CompiledClassifier) instance;
					add(calls, at + " logits", () -> c.logits(x));
					add(calls, at + " probabilities", () -> c.probabilities(x));
					add(calls, at + " classify", () -> new double[] { c.classify(x) });
				}
			}
			for (int rows : BATCH_ROWS) {
				DMatrixRMaj batch = new DMatrixRMaj(rows, space.inputCount());
				for (int r = 0; r < rows; r++) {
					double[] x = ExampleModels.randomPoint(space, random);
					System.arraycopy(x, 0, batch.data, r * x.length, x.length);
				}
				if (d.declaration() instanceof Hamiltonian) {
					CompiledHamiltonian h = (CompiledHamiltonian) instance;
					add(calls, d.className() + " batch network of " + rows, () -> {
						double[] out = new double[rows];
						h.network(batch, out);
						return out;
					});
				} else {
					CompiledClassifier c = (CompiledClassifier) instance;
					add(calls, d.className() + " batch logits of " + rows, () -> {
						DMatrixRMaj out = new DMatrixRMaj(rows, c.info().classes().size());
						c.logits(batch, out);
						return out.data;
					});
				}
			}
		}
		return calls;
	}

	private static void add(List<Call> calls, String name, java.util.function.Supplier<double[]> run) {
		calls.add(new Call(name, run, run.get()));
	}
}
