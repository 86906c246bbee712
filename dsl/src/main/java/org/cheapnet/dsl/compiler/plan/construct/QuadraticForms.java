package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Polynomials of degree <= 2, f = x^T Q x + l.x + c, by the signature of Q: with
 * {@link Objective#MULTIPLICATIONS} max(p, q) products, which is optimal ({@link Inertia}); with
 * {@link Objective#NEURONS} p + q squarings. The number of zero eigenvalues is decided exactly by
 * {@link Inertia} for up to {@value #EXACT_ZEROS_UP_TO} inputs, otherwise by a relative threshold.
 * The plan is checked against f at random points (relative 1e-10) and withheld if it fails.
 */
public final class QuadraticForms {

    /** Largest form whose kernel dimension is computed exactly (rational elimination is O(n^3) on big numbers). */
    static final int EXACT_ZEROS_UP_TO = 80;

    private QuadraticForms() {
    }

    /** The plan with the fewest multiplications, max(p, q). */
    public static Optional<Plan> of(Polynomial p, int inputCount) {
        return of(p, inputCount, Objective.MULTIPLICATIONS);
    }

    public static Optional<Plan> of(Polynomial p, int inputCount, Objective objective) {
        Optional<QuadraticPart> part = QuadraticPart.of(p, inputCount);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        double[][] q = part.get().matrix();
        int zeros = inputCount <= EXACT_ZEROS_UP_TO ? Inertia.of(q).zero() : -1;
        SignedSquares squares = SignedSquares.of(q, zeros);
        List<LinearForm> x = new ArrayList<>();
        for (int i = 0; i < inputCount; i++) {
            x.add(LinearForm.of(i));
        }
        ProgramBuilder program = new ProgramBuilder(inputCount);
        LinearForm.Builder output = new LinearForm.Builder().add(squares.emit(x, program, objective), 1);
        double[] l = part.get().linear();
        for (int i = 0; i < inputCount; i++) {
            output.addTerm(i, l[i]);
        }
        output.addConstant(part.get().constant());
        Plan plan = program.build(output.build());
        return Polynomials.CHECK.computes(plan, p, inputCount, Polynomials.BOX) ? Optional.of(plan) : Optional.empty();
    }
}
