package org.cheapnet.dsl.compiler.plan.choice;

import java.util.List;
import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.construct.PatersonStockmeyer;
import org.cheapnet.dsl.compiler.plan.construct.QuadraticForms;
import org.cheapnet.dsl.compiler.plan.construct.QuadraticLift;
import org.cheapnet.dsl.compiler.plan.exact.MonomialChains;
import org.cheapnet.dsl.compiler.plan.horner.HornerBudget;
import org.cheapnet.dsl.compiler.plan.horner.HornerPlanner;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * The constructions the compiler tries besides the greedy planner, in order of preference on
 * ties, each with the sizes it is worth its time on (the selector runs on every compilation,
 * also inside {@code hamc check} and the Maven build).
 */
public final class Constructions {
    /** Up to this many terms the Horner order is searched (annealing and tree search), above it greedy orders only. */
    static final int HORNER_SEARCH_TERMS = 5_000;
    static final int HORNER_SEARCH_VARIABLES = 256;
    /** Above this many terms no Horner scheme is tried (the greedy planner's value numbering is linear). */
    static final int HORNER_TERMS = 50_000;
    /** A Horner scheme recurses once per variable: beyond this many it is not tried. */
    static final int HORNER_VARIABLES = 256;

    /** Inputs up to which a quadratic form is diagonalized (a dense n x n eigen-decomposition). */
    static final int QUADRATIC_FORM_INPUTS = 512;
    /** Sizes up to which the quadratic lift runs (its signature descent takes about a second there). */
    static final int LIFT_INPUTS = 64;
    static final int LIFT_TERMS = 400;

    private Constructions() {
    }

    public static List<Construction> all() {
        return List.of(
                Construction.of("exact", MonomialChains::of),
                Construction.of("quadratic-form", Constructions::quadraticForm),
                Construction.of("paterson-stockmeyer", PatersonStockmeyer::of),
                Construction.of("horner", Constructions::horner),
                Construction.of("quadratic-lift", Constructions::quadraticLift));
    }

    public static PlanSelector selector() {
        return new PlanSelector(all());
    }

    private static Optional<Plan> quadraticForm(Polynomial p, int inputCount) {
        return inputCount <= QUADRATIC_FORM_INPUTS ? QuadraticForms.of(p, inputCount) : Optional.empty();
    }

    private static Optional<Plan> quadraticLift(Polynomial p, int inputCount) {
        return inputCount <= LIFT_INPUTS && p.termCount() <= LIFT_TERMS ? QuadraticLift.of(p, inputCount) : Optional.empty();
    }

    private static Optional<Plan> horner(Polynomial p, int inputCount) {
        if (p.termCount() > HORNER_TERMS || p.atoms().size() > HORNER_VARIABLES) {
            return Optional.empty();
        }
        boolean search = p.termCount() <= HORNER_SEARCH_TERMS && p.atoms().size() <= HORNER_SEARCH_VARIABLES;
        return Optional.of(HornerPlanner.plan(p, inputCount, search ? HornerBudget.standard() : HornerBudget.greedy()));
    }
}
