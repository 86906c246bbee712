package org.cheapnet.dsl.report;

import java.util.List;

import org.cheapnet.dsl.cli.ReportEntry;
import org.cheapnet.dsl.compiler.driver.ClassifierCompilation;
import org.cheapnet.dsl.compiler.driver.HamiltonianCompilation;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.FlatConstruction;
import org.cheapnet.dsl.compiler.network.GateProgram;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.PlanGates;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.network.Network;

/**
 * One compiled hamiltonian or classifier as the HTML and DOT reports see it. What is drawn and
 * swept is the unit the driver verified: for a translation-symmetric hamiltonian one unit cell
 * (its plan, polynomial, local inputs and network; {@code cells} copies of it make the lattice),
 * otherwise the whole declaration ({@code cells} = 1).
 *
 * @param entry        the numbers of the JSON report
 * @param plan         the verified unit's plan
 * @param expanded     its let-free polynomial per output
 * @param space        its inputs
 * @param network      its network, as built and verified
 * @param verification the driver's verification of it
 * @param cells        how many copies make the declaration's network
 * @param fullNetwork  the declaration's whole network (the cell network replicated, or {@code network})
 * @param classifier   the classifier, null for a hamiltonian
 * @param modelSpace   the model's whole input space (what the classifier reads)
 */
public record ReportSubject(ReportEntry entry, Plan plan, List<Polynomial> expanded, VariableSpace space,
		NetworkOptions options, CompiledNetwork network, Verification verification, int cells, Network fullNetwork,
		ClassifierCompilation classifier, VariableSpace modelSpace) {

	public ReportSubject {
		expanded = List.copyOf(expanded);
	}

	public static ReportSubject of(HamiltonianCompilation h, ReportEntry entry, VariableSpace space) {
		if (h.cells() != null) {
			var c = h.cells();
			return new ReportSubject(entry, c.cellPlan(), List.of(c.cellPolynomial()), c.cellSpace(), h.options(),
					c.cellNetwork(), h.verification(), c.template().cellCount(), h.network().network(), null, space);
		}
		return new ReportSubject(entry, h.plan(), List.of(h.lowered().expanded()), space, h.options(), h.network(),
				h.verification(), 1, h.network().network(), null, space);
	}

	public static ReportSubject of(ClassifierCompilation c, ReportEntry entry, VariableSpace space) {
		return new ReportSubject(entry, c.plan(), c.hamiltonians(), space, c.options(), c.network(), c.verification(), 1,
				c.network().network(), c, space);
	}

	/** MODEL.NAME */
	public String name() {
		return entry.name();
	}

	public boolean isClassifier() {
		return classifier != null;
	}

	/** The gates of the verified unit, as the network compiler chose them (the flat construction or one per plan step). */
	public GateProgram gates() {
		return network.flat() ? FlatConstruction.build(expanded, space, options.activation())
				: PlanGates.lower(plan, space, options.activation());
	}

	/** The names of the outputs: the classes of a classifier, else the hamiltonian's name. */
	public List<String> outputNames() {
		if (classifier != null) {
			return classifier.classes();
		}
		String name = entry.name();
		return List.of(name.substring(name.lastIndexOf('.') + 1));
	}
}
