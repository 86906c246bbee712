package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.GateParameters;
import org.cheapnet.dsl.compiler.network.NetworkCompilation;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkVerifier;
import org.cheapnet.dsl.compiler.network.Verification;

/**
 * Error against one of the two accuracy knobs: the network is rebuilt at each value of lambda
 * (beta held at the chosen one) or of beta (lambda held), and each rebuilt network is measured
 * by the verifier on its usual sample points. Next to the measurement stands the compiler's
 * predicted bound at the same parameters (the gate error model propagated through the network).
 *
 * <p>Lambda takes 12 values, a third of a decade apart, from 10^(-8/3) to 10 times the chosen
 * one, which is value 8: the rounding error ~ 1/lambda^p shows on the left, the truncation error
 * ~ lambda^2 on the right. Beta takes chosen * (k + 1) / 9, k = 0..11 (again the chosen one is
 * value 8): the step error falls like e^(-beta/2) until rounding.
 */
public final class ParameterSweep {

	/** Lambda or beta. */
	public enum Knob {
		LAMBDA, BETA
	}

	/** Index of the chosen value among the {@link #VALUES}. */
	public static final int CHOSEN = 8;
	public static final int VALUES = 12;

	/**
	 * One rebuilt network.
	 *
	 * @param value     lambda or beta
	 * @param measured  the verifier's largest relative error
	 * @param predicted the compiler's bound at these parameters
	 */
	public record Point(double value, GateParameters parameters, double measured, double predicted) {
	}

	private final Knob knob;
	private final double chosen;
	private final List<Point> points;

	private ParameterSweep(Knob knob, double chosen, List<Point> points) {
		this.knob = knob;
		this.chosen = chosen;
		this.points = List.copyOf(points);
	}

	public Knob knob() {
		return knob;
	}

	/** The value the compiler chose. */
	public double chosen() {
		return chosen;
	}

	public List<Point> points() {
		return points;
	}

	/** The sweep of a knob, or null if the network has no gate it acts on (it is then 0). */
	public static ParameterSweep of(ReportSubject subject, Knob knob) {
		GateParameters chosen = subject.network().parameters();
		double value = knob == Knob.LAMBDA ? chosen.lambda() : chosen.beta();
		if (value == 0) {
			return null;
		}
		NetworkCompiler compiler = new NetworkCompiler(subject.space(), subject.options());
		List<Point> points = new ArrayList<>();
		for (int k = 0; k < VALUES; k++) {
			double v = value(knob, value, k);
			GateParameters parameters = knob == Knob.LAMBDA ? new GateParameters(v, chosen.beta())
					: new GateParameters(chosen.lambda(), v);
			NetworkCompilation built = compiler.compile(subject.plan(), subject.expanded(), parameters);
			if (built instanceof NetworkCompilation.Built b) {
				CompiledNetwork network = b.network();
				Verification measured = NetworkVerifier.verify(network, subject.expanded(), subject.space(),
						subject.options().tolerance());
				points.add(new Point(v, parameters, measured.worstError(), network.predictedError()));
			}
		}
		return new ParameterSweep(knob, value, points);
	}

	/** The k-th value of the sweep around the chosen one (k = CHOSEN gives it exactly). */
	static double value(Knob knob, double chosen, int k) {
		if (k == CHOSEN) {
			return chosen;
		}
		return knob == Knob.LAMBDA ? chosen * Math.pow(10, (k - CHOSEN) / 3.0) : chosen * (k + 1) / (CHOSEN + 1);
	}
}
