package org.cheapnet.dsl.compiler.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Builds the network of a plan (DESIGN.md, "Network IR and gate library"): a gate per plan
 * step ({@link PlanGates}), or with {@code @depth(1)} and a deeper plan the flat construction
 * ({@link FlatConstruction}); lambda and beta chosen from the tolerance by a first-order error
 * bound ({@link ErrorAnalysis}, {@link ParameterChoice}); the gates written into a runtime network
 * with linear forms folded into weights ({@link NetworkEmitter}).
 */
public final class NetworkCompiler {

    private final VariableSpace space;
    private final NetworkOptions options;
    private final GateErrorModel errorModel;

    public NetworkCompiler(VariableSpace space, NetworkOptions options) {
        this.space = Objects.requireNonNull(space, "space");
        this.options = Objects.requireNonNull(options, "options");
        this.errorModel = new GateErrorModel(options.activation());
    }

    /**
     * The network of a plan, with lambda and beta chosen from the tolerance.
     *
     * @param expanded for each plan output, the let-free expanded polynomial it computes: the
     *                 error scale S, and the monomials of the flat construction
     * @throws IllegalArgumentException if the plan, the space and the polynomials do not fit together
     */
    public NetworkCompilation compile(Plan plan, List<Polynomial> expanded) {
        return compile(plan, expanded, Optional.empty());
    }

    /** The network of a plan at given lambda and beta (to study the error law, or to override the choice). */
    public NetworkCompilation compile(Plan plan, List<Polynomial> expanded, GateParameters parameters) {
        return compile(plan, expanded, Optional.of(parameters));
    }

    private NetworkCompilation compile(Plan plan, List<Polynomial> expanded, Optional<GateParameters> fixed) {
        if (plan.outputs().size() != expanded.size()) {
            throw new IllegalArgumentException(plan.outputs().size() + " plan outputs but " + expanded.size() + " polynomials");
        }
        GateProgram program = PlanGates.lower(plan, space, options.activation());
        boolean flat = false;
        int depth = program.depth();
        if (depth > options.maxDepth()) {
            // the one-hidden-layer network meets any depth limit (at its cost in neurons and accuracy)
            Optional<String> unsupported = FlatConstruction.unsupported(expanded, space, options.activation());
            if (unsupported.isPresent()) {
                return new NetworkCompilation.Unsupported(unsupported.get());
            }
            program = FlatConstruction.build(expanded, space, options.activation());
            flat = true;
        }
        ValueBounds bounds = ValueBounds.of(program, space);
        ErrorAnalysis analysis = ErrorAnalysis.of(program, bounds, errorModel, scales(expanded));
        GateParameters parameters = fixed.orElseGet(() -> ParameterChoice.choose(analysis, options.tolerance()));
        NetworkEmitter.Emitted emitted = NetworkEmitter.emit(program, bounds, options.activation(), parameters);
        double predicted = analysis.predicted(parameters.lambda(), parameters.beta());
        return new NetworkCompilation.Built(
                new CompiledNetwork(emitted.network(), flat, parameters, predicted, emitted.counts()));
    }

    /** The neurons of the one-hidden-layer construction of an expanded polynomial (for reports), without building it. */
    public long flatNeuronCount(Polynomial expanded) {
        return FlatConstruction.neuronCount(expanded, space, options.activation());
    }

    private double[] scales(List<Polynomial> expanded) {
        double[] scales = new double[expanded.size()];
        for (int o = 0; o < scales.length; o++) {
            scales[o] = ErrorScale.of(expanded.get(o), space);
        }
        return scales;
    }
}
