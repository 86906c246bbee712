package org.cheapnet.dsl.compiler.plan.choice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;

import org.cheapnet.dsl.compiler.analysis.Locality;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.PlanCheck;
import org.cheapnet.dsl.compiler.plan.Planner;
import org.cheapnet.dsl.compiler.plan.PointSampler;
import org.cheapnet.dsl.compiler.plan.construct.LowerBound;
import org.cheapnet.dsl.compiler.plan.construct.LowerBounds;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Plans with every construction that applies and keeps the cheapest plan the annotations allow.
 * The greedy {@link Planner} always runs (it keeps lets as a DAG and plans several outputs, the
 * classes of a classifier, together); the other constructions see a single polynomial with its
 * lets inlined. A candidate must compute the polynomial (checked at random points of the
 * domain), keep to {@code @local}, and, when one can, to {@code @depth}; among those the fewest
 * multiplications win, then the fewest neurons, then the earlier construction. When the
 * polynomial reads bits or spins neurons come first: a threshold gate computes a product of k
 * bits with one neuron, although the counting rule charges it k - 1 multiplications. The choice also
 * carries {@link LowerBounds}' rigorous lower bound.
 */
public final class PlanSelector {
    /** A candidate must agree with the polynomial at 8 points of the domain, to 1e-9 relative or absolute. */
    private static final PlanCheck CHECK = new PlanCheck(8, 17, 1e-9, 1);

    private final List<Construction> constructions;

    public PlanSelector(List<Construction> constructions) {
        this.constructions = List.copyOf(constructions);
    }

    /**
     * @param withLets the outputs over inputs and let atoms (what the greedy planner reads)
     * @param expanded the same outputs with lets inlined
     */
    public PlanChoice choose(List<Polynomial> withLets, List<Polynomial> expanded, VariableSpace space,
            LetDefinitions lets, PlanLimits limits) {
        return choose(withLets, expanded, space, lets, limits, (a, b) -> Locality.distance(space, a, b));
    }

    /** As above, with the distance of two inputs given (a unit cell's inputs lie on the lattice). */
    public PlanChoice choose(List<Polynomial> withLets, List<Polynomial> expanded, VariableSpace space,
            LetDefinitions lets, PlanLimits limits, IntBinaryOperator distance) {
        List<Candidate> tried = new ArrayList<>();
        tried.add(new Candidate("greedy", Planner.plan(withLets, space, lets)));
        boolean discrete = readsDiscrete(expanded, space);
        if (expanded.size() == 1) {
            Polynomial p = expanded.get(0);
            CompactInputs inputs = CompactInputs.of(p, space.inputCount());
            Polynomial compact = inputs.compact(p);
            for (Construction construction : constructions) {
                Optional<Plan> plan = attempt(construction, compact, inputs.compactCount()).map(inputs::expand);
                if (plan.isPresent() && CHECK.computes(plan.get(), p, space.inputCount(), PointSampler.domainOf(space))
                        && PlanLocality.respects(plan.get(), distance, limits.localRadius())) {
                    tried.add(new Candidate(construction.name(), plan.get()));
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>(tried);
        ranked.sort(preference(limits.maxDepth(), discrete)); // stable: ties keep the earlier construction
        return new PlanChoice(ranked, tried, lowerBound(expanded, space), discrete);
    }

    /**
     * A construction that fails on some input is a construction that does not apply (the greedy
     * plan remains). Linkage errors and stack overflows count too: constructions are optional, and
     * inside an IDE a missing optional library or a small thread stack must not fail validation.
     */
    private static Optional<Plan> attempt(Construction construction, Polynomial p, int inputCount) {
        try {
            return construction.plan(p, inputCount);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static LowerBound lowerBound(List<Polynomial> expanded, VariableSpace space) {
        LowerBound best = new LowerBound(0, "degree");
        for (Polynomial p : expanded) {
            LowerBound bound = LowerBounds.of(p, space.inputCount());
            if (bound.multiplications() > best.multiplications()) {
                best = bound;
            }
        }
        return best;
    }

    private static boolean readsDiscrete(List<Polynomial> expanded, VariableSpace space) {
        return expanded.stream().flatMap(p -> p.atoms().stream()).anyMatch(atom -> space.kind(atom) != VariableKind.REAL);
    }

    /** Plans that fit @depth first, then fewer multiplications and neurons (neurons first for bits and spins). */
    private static Comparator<Candidate> preference(int maxDepth, boolean neuronsFirst) {
        Comparator<Candidate> byCost = neuronsFirst
                ? Comparator.comparingLong(Candidate::gateNeurons).thenComparingLong(Candidate::multiplications)
                : Comparator.comparingLong(Candidate::multiplications).thenComparingLong(Candidate::gateNeurons);
        return Comparator.<Candidate, Boolean>comparing(c -> c.plan().depth() > maxDepth).thenComparing(byCost);
    }
}
