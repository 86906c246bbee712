package org.cheapnet.dsl.compiler.plan.construct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Quadratic lift, for polynomials of degree 3..{@value #MAX_DEGREE}: compute baby monomials B of
 * degree 2..k, k = ceil(deg / 2), one product each ({@link LiftBasis}), write f as a quadratic form
 * in z = (variables, B) plus free linear terms ({@link LiftedForm}) and pay the form's
 * {@link SignedSquares}: M = |B| + max(p, q). Tried: {@value #ATTEMPTS} greedy choices of B, each
 * as chosen and with unneeded baby monomials pruned; three settings of the free diagonal entries;
 * then, for the {@value #VERIFIED} cheapest, {@link SignatureDescent} (which uses every split of
 * every monomial). The cheapest plan that agrees with f at random points (relative 1e-10) is
 * returned. Deterministic: all randomness is seeded from the polynomial's shape.
 */
public final class QuadraticLift {

    static final int MAX_DEGREE = 8;
    static final int ATTEMPTS = 8;
    private static final int MAX_BABIES = 400;
    private static final int MAX_TERMS = 3000;
    private static final long MAX_SPLIT_CANDIDATES = 5000;
    /** Candidates (cheapest first) that are built and verified before giving up. */
    static final int VERIFIED = 3;

    private QuadraticLift() {
    }

    public static Optional<Plan> of(Polynomial p, int inputCount) {
        return of(p, inputCount, Objective.MULTIPLICATIONS);
    }

    public static Optional<Plan> of(Polynomial p, int inputCount, Objective objective) {
        int degree = p.degree();
        if (degree < 3 || degree > MAX_DEGREE || p.termCount() > MAX_TERMS || !Polynomials.overInputs(p, inputCount)) {
            return Optional.empty();
        }
        int k = (degree + 1) / 2;
        long seed = degree * 31L + p.termCount();
        record Candidate(LiftedForm form, SignedSquares squares, int cost) {
        }
        // per distinct basis, its cheapest shift
        Map<List<Monomial>, Candidate> candidates = new HashMap<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            for (boolean prune : new boolean[] { false, true }) {
                LiftBasis basis = LiftBasis.choose(p, k, new Random(seed + attempt), attempt, MAX_BABIES,
                        MAX_SPLIT_CANDIDATES, prune);
                if (basis == null) {
                    return Optional.empty();
                }
                LiftedForm form = LiftedForm.of(p, basis);
                for (LiftedForm.Shift shift : LiftedForm.Shift.values()) {
                    LiftedForm shifted = form.shifted(shift);
                    SignedSquares squares = SignedSquares.of(shifted.g(), -1);
                    Candidate c = new Candidate(shifted, squares, basis.babies() + squares.cost(objective));
                    candidates.merge(basis.z(), c, (old, neu) -> neu.cost() < old.cost() ? neu : old);
                }
            }
        }
        List<Candidate> sorted = new ArrayList<>(candidates.values());
        sorted.sort(Comparator.comparingInt(Candidate::cost)
                .thenComparingInt(c -> c.squares().eigenvalues().length)
                .thenComparing(c -> c.form().basis().z().toString()));
        Plan best = null;
        for (Candidate c : sorted.subList(0, Math.min(VERIFIED, sorted.size()))) {
            LiftedForm form = c.form();
            SignedSquares squares = c.squares();
            if (objective == Objective.MULTIPLICATIONS) {
                form = SignatureDescent.descend(p, form, squares.cost(objective));
                // (the descent keeps the basis, so the babies cost the same)
                squares = SignedSquares.of(form.g(), -1);
            }
            Plan plan = emit(form, squares, inputCount, objective);
            if (!Polynomials.CHECK.computes(plan, p, inputCount, Polynomials.BOX) && form != c.form()) {
                plan = emit(c.form(), c.squares(), inputCount, objective); // the descent was not accurate enough
            }
            if (Polynomials.CHECK.computes(plan, p, inputCount, Polynomials.BOX)
                    && (best == null || plan.multiplications() < best.multiplications())) {
                best = plan;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Plan emit(LiftedForm form, SignedSquares squares, int inputCount, Objective objective) {
        ProgramBuilder program = new ProgramBuilder(inputCount);
        Map<Monomial, Integer> value = new HashMap<>();
        List<LinearForm> z = new ArrayList<>();
        for (Monomial w : form.basis().z()) {
            int v;
            if (w.degree() == 1) {
                v = w.atom(0);
            } else {
                // z is ordered by degree, so the recipe's factors are already computed
                Monomial[] f = form.basis().recipe().get(w);
                v = program.product(LinearForm.of(value.get(f[0])), LinearForm.of(value.get(f[1])));
            }
            value.put(w, v);
            z.add(LinearForm.of(v));
        }
        LinearForm.Builder output = new LinearForm.Builder().add(squares.emit(z, program, objective), 1);
        form.linear().forEach((w, c) -> output.addTerm(value.get(w), c));
        output.addConstant(form.constant());
        return program.build(output.build());
    }
}
