package org.cheapnet.examples.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.CompiledClassifier;
import org.cheapnet.runtime.CompiledHamiltonian;
import org.cheapnet.runtime.math.Lanes;
import org.cheapnet.runtime.network.Interpreter;
import org.ejml.data.DMatrixRMaj;

/**
 * Samples per second on batches, side by side in one run, of (a) the generated batch
 * network(DMatrixRMaj, double[]) (a classifier: logits(DMatrixRMaj, DMatrixRMaj)), (b) the runtime Interpreter
 * on the same network IR, (c) a dense EJML evaluation of it ({@link DenseNetwork}) where its
 * matrices fit in {@link #DENSE_LIMIT} doubles, and (d) the generated energy, the exact
 * polynomial, row by row. Per network it prints the ratios generated/interpreter and
 * generated/dense, and the time per neuron against the floor, the time of one sigmoid (and of
 * one Math.exp, and of one sigmoid in the runtime's Lanes kernel that the generated batch uses)
 * measured in the same run.
 *
 * <p>Each round times every method for at least {@code roundMillis} in turn, after warm-up
 * rounds; the table shows the median over the rounds. Arguments: {@code quick} for a short run
 * (1 warm-up, 3 rounds of 50 ms), otherwise 2 warm-up and 7 rounds of 300 ms. Run from the
 * repository root (see README, "Benchmarks"):
 * ./mvnw -B -q -o -pl runtime,dsl,examples test -DskipTests -Pbench [-Dbench.args=quick]
 */
public final class ThroughputBenchmark {
	/** The largest dense evaluation run, in doubles of weight matrices (800 MB would not fit everywhere). */
	static final long DENSE_LIMIT = 30_000_000L;
	/** Inputs per batch: rows = clamp(BATCH_VALUES / inputs, 8, 256). */
	static final int BATCH_VALUES = 1 << 24;
	/** The benchmark files in table order; of the thermometer only its classifier (its classes are Ising models). */
	static final List<String> FILES = List.of("ising16.ham", "ising64.ham", "ising256.ham", "phi4_chain.ham",
			"gaussian64.ham", "product32.ham", "thermometer2d.ham");

	interface Batch {
		void run();
	}

	private record Row(String label, int inputs, int neurons, int rows, Map<String, Double> perSecond, double maxDifference) {
	}

	public static void main(String[] args) throws Exception {
		boolean quick = Arrays.asList(args).contains("quick");
		int warmups = quick ? 1 : 2;
		int rounds = quick ? 3 : 7;
		long roundNanos = (quick ? 50 : 300) * 1_000_000L;
		System.out.printf("# Throughput (%s), JDK %s, %d cores, load average %.2f at start%n%n", LocalDate.now(),
				Runtime.version(), Runtime.getRuntime().availableProcessors(), load());

		double[] floors = floors(warmups, rounds, roundNanos);
		List<Row> rows = new ArrayList<>();
		for (BenchModels.Compiled model : BenchModels.load(FILES)) {
			if (model.label().startsWith("Thermometer2D.") && !model.classifier()) {
				continue;
			}
			rows.add(measure(model, warmups, rounds, roundNanos));
		}
		print(rows, floors);
		System.out.printf("%nload average %.2f at the end%n", load());
	}

	private static Row measure(BenchModels.Compiled model, int warmups, int rounds, long roundNanos) throws Exception {
		int inputs = model.space().inputCount();
		int batch = Math.max(8, Math.min(256, BATCH_VALUES / inputs));
		Random random = new Random(7);
		DMatrixRMaj xs = new DMatrixRMaj(batch, inputs);
		for (int r = 0; r < batch; r++) {
			System.arraycopy(BenchModels.randomPoint(model.space(), random), 0, xs.data, r * inputs, inputs);
		}
		Object generated = Class.forName(model.className()).getConstructor().newInstance();
		Interpreter interpreter = new Interpreter(model.network());
		DMatrixRMaj interpreted = new DMatrixRMaj(1, 1);
		DMatrixRMaj dense = new DMatrixRMaj(1, 1);
		double[] out = new double[batch];
		double[] x = new double[inputs];
		DMatrixRMaj logits = new DMatrixRMaj(batch, model.network().outputCount());
		Map<String, Batch> methods = new LinkedHashMap<>();
		if (generated instanceof CompiledHamiltonian h) {
			methods.put("generated", () -> h.network(xs, out));
		} else {
			CompiledClassifier c = (CompiledClassifier) generated;
			methods.put("generated", () -> c.logits(xs, logits));
		}
		methods.put("interpreter", () -> interpreter.evaluate(xs, interpreted));
		if (DenseNetwork.denseSize(model.network()) <= DENSE_LIMIT) {
			DenseNetwork network = DenseNetwork.of(model.network());
			methods.put("dense", () -> network.evaluate(xs, dense));
		}
		if (generated instanceof CompiledHamiltonian h) {
			double[] energies = new double[batch];
			methods.put("energy", () -> {
				for (int r = 0; r < batch; r++) {
					System.arraycopy(xs.data, r * inputs, x, 0, inputs);
					energies[r] = h.energy(x);
				}
			});
		}
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = 0; round < warmups + rounds; round++) {
			for (var method : methods.entrySet()) {
				double nanos = nanosPerRun(method.getValue(), roundNanos);
				if (round >= warmups) {
					times.computeIfAbsent(method.getKey(), k -> new ArrayList<>()).add(nanos);
				}
			}
		}
		Map<String, Double> perSecond = new LinkedHashMap<>();
		times.forEach((method, nanos) -> perSecond.put(method, batch * 1e9 / median(nanos)));
		return new Row(model.label(), inputs, model.network().neuronCount(), batch, perSecond,
				generated instanceof CompiledHamiltonian ? maxDifference(out, interpreted, dense, methods.containsKey("dense"))
						: logitDifference(logits, interpreted));
	}

	/**
	 * For a classifier: logit_y = offset_y - H_y, so logit_y + H_y (H_y by the interpreter) is the
	 * same in every row; the largest change of it from row 0, relative to max |H_y|.
	 */
	private static double logitDifference(DMatrixRMaj logits, DMatrixRMaj interpreted) {
		double scale = 0;
		double worst = 0;
		for (int r = 0; r < logits.numRows; r++) {
			for (int y = 0; y < logits.numCols; y++) {
				scale = Math.max(scale, Math.abs(interpreted.get(r, y)));
				double offset = logits.get(r, y) + interpreted.get(r, y);
				worst = Math.max(worst, Math.abs(offset - (logits.get(0, y) + interpreted.get(0, y))));
			}
		}
		return worst / Math.max(scale, 1);
	}

	/** For a hamiltonian, max |generated - interpreter| and |dense - interpreter| over the batch, relative to max |interpreter|. */
	private static double maxDifference(double[] out, DMatrixRMaj interpreted, DMatrixRMaj dense, boolean hasDense) {
		double scale = 0;
		double worst = 0;
		for (int r = 0; r < out.length; r++) {
			scale = Math.max(scale, Math.abs(interpreted.data[r]));
			worst = Math.max(worst, Math.abs(out[r] - interpreted.data[r]));
			if (hasDense) {
				worst = Math.max(worst, Math.abs(dense.data[r] - interpreted.data[r]));
			}
		}
		return worst / Math.max(scale, 1);
	}

	/** Nanoseconds of one sigmoid and of one Math.exp, on arguments spread over [-20, 20]. */
	private static double[] floors(int warmups, int rounds, long roundNanos) {
		double[] z = new double[4096];
		Random random = new Random(3);
		for (int i = 0; i < z.length; i++) {
			z[i] = -20 + 40 * random.nextDouble();
		}
		double[] sink = new double[1];
		Batch sigmoid = () -> {
			double sum = 0;
			for (double t : z) {
				sum += Activation.SIGMOID.value(t);
			}
			sink[0] += sum;
		};
		Batch exp = () -> {
			double sum = 0;
			for (double t : z) {
				sum += Math.exp(t);
			}
			sink[0] += sum;
		};
		double[] lane = new double[256];
		double[] scratch = new double[256];
		Batch lanes = () -> {
			double sum = 0;
			for (int from = 0; from < z.length; from += lane.length) {
				System.arraycopy(z, from, lane, 0, lane.length);
				Lanes.sigmoid(lane, scratch, lane.length);
				sum += lane[0];
			}
			sink[0] += sum;
		};
		List<Double> sigmoids = new ArrayList<>();
		List<Double> exps = new ArrayList<>();
		List<Double> laneSigmoids = new ArrayList<>();
		for (int round = 0; round < warmups + rounds; round++) {
			double s = nanosPerRun(sigmoid, roundNanos) / z.length;
			double e = nanosPerRun(exp, roundNanos) / z.length;
			double l = nanosPerRun(lanes, roundNanos) / z.length;
			if (round >= warmups) {
				sigmoids.add(s);
				exps.add(e);
				laneSigmoids.add(l);
			}
		}
		if (sink[0] == 42) {
			System.out.println(); // keeps the sums alive
		}
		return new double[] { median(sigmoids), median(exps), median(laneSigmoids) };
	}

	private static double nanosPerRun(Batch batch, long minNanos) {
		long calls = 0;
		long start = System.nanoTime();
		long elapsed;
		do {
			batch.run();
			calls++;
			elapsed = System.nanoTime() - start;
		} while (elapsed < minNanos);
		return (double) elapsed / calls;
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void print(List<Row> rows, double[] floors) {
		System.out.printf("Floor: one sigmoid %.2f ns, one Math.exp %.2f ns, one sigmoid in Lanes.sigmoid (blocks of 256) %.2f ns"
				+ " (median of the rounds).%n%n", floors[0], floors[1], floors[2]);
		System.out.println("| network | inputs | neurons | batch | generated /s | interpreter /s | dense /s | energy /s "
				+ "| gen/interp | gen/dense | ns/neuron gen | ns/neuron interp | gen ns/neuron / sigmoid | max diff |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Row r : rows) {
			double gen = r.perSecond().get("generated");
			double interp = r.perSecond().get("interpreter");
			Double dense = r.perSecond().get("dense");
			Double energy = r.perSecond().get("energy");
			double genPerNeuron = 1e9 / gen / r.neurons();
			System.out.printf("| %s | %d | %d | %d | %s | %s | %s | %s | %.2f | %s | %.2f | %.2f | %.2f | %s |%n", r.label(),
					r.inputs(), r.neurons(), r.rows(), rate(gen), rate(interp), dense == null ? "n/a" : rate(dense),
					energy == null ? "n/a" : rate(energy), gen / interp, dense == null ? "n/a" : String.format("%.2f", gen / dense),
					genPerNeuron, 1e9 / interp / r.neurons(), genPerNeuron / floors[0],
					Double.isNaN(r.maxDifference()) ? "-" : String.format("%.1e", r.maxDifference()));
		}
	}

	/** Samples per second with three significant digits. */
	private static String rate(double perSecond) {
		if (perSecond >= 1e6) {
			return String.format("%.3g M", perSecond / 1e6);
		}
		return perSecond >= 1e3 ? String.format("%.3g k", perSecond / 1e3) : String.format("%.3g", perSecond);
	}
}
