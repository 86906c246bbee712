package org.cheapnet.dsl.compiler.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cheapnet.dsl.compiler.plan.Factoring.Factored;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Plans polynomials over inputs and lets with few multiplications. Lets stay a DAG: each needed
 * let is planned once, as a linear form over plan values (a linear let costs nothing), and used
 * wherever its atom appears. The monomials of all outputs and let definitions are planned
 * together in batches by let level (batch L holds every monomial whose atoms are all below level
 * L), so sub-products are shared across outputs and lets. Within a batch:
 * <ol>
 * <li>{@link Factoring}: operands, bit/spin reduction, one discrete product per maximal run of
 * distinct bits (or spins);</li>
 * <li>{@link PowerTable}: every power of a base from one shortest addition sequence;</li>
 * <li>{@link CommonProducts}: shared pairs first, then balanced trees, all value-numbered.</li>
 * </ol>
 * Deterministic: polynomials, terms and operands are visited in canonical orders.
 */
public final class Planner {

    /** A term of polynomial {@code polynomial} (index into lets-then-outputs). */
    private record Term(int polynomial, Monomial monomial, double coefficient) {
    }

    private final StepBuilder steps;
    private final Factoring factoring;
    private final PowerTable powers;
    private final CommonProducts products;

    private Planner(VariableSpace space) {
        this.steps = new StepBuilder(space.inputCount());
        this.factoring = new Factoring(space, steps);
        this.powers = new PowerTable(steps);
        this.products = new CommonProducts(steps);
    }

    /**
     * A plan with one output per polynomial.
     *
     * @param outputs polynomials over the inputs and let atoms of the space, reduced
     * @throws IllegalArgumentException if an atom is neither an input nor a defined let
     * @throws IllegalStateException    if lets are defined through themselves
     */
    public static Plan plan(List<Polynomial> outputs, VariableSpace space, LetDefinitions lets) {
        LetLevels levels = LetLevels.of(outputs, space, lets);
        List<Integer> letAtoms = new ArrayList<>(levels.levels().keySet());
        List<Polynomial> polynomials = new ArrayList<>();
        letAtoms.forEach(atom -> polynomials.add(lets.definition(atom)));
        polynomials.addAll(outputs);
        return new Planner(space).run(polynomials, letAtoms, levels);
    }

    private Plan run(List<Polynomial> polynomials, List<Integer> letAtoms, LetLevels levels) {
        List<LinearSum> sums = new ArrayList<>();
        polynomials.forEach(p -> sums.add(new LinearSum()));
        for (int batch = 1; batch <= levels.highest() + 1; batch++) {
            List<Term> terms = new ArrayList<>();
            for (int p = 0; p < polynomials.size(); p++) {
                Polynomial polynomial = polynomials.get(p);
                for (int i = 0; i < polynomial.termCount(); i++) {
                    Monomial m = polynomial.monomial(i);
                    if (batchOf(m, levels) == batch) {
                        terms.add(new Term(p, m, polynomial.coefficientAt(i)));
                    }
                }
            }
            planBatch(terms, sums);
            for (int l = 0; l < letAtoms.size(); l++) {
                if (levels.level(letAtoms.get(l)) == batch) {
                    factoring.defineLet(letAtoms.get(l), sums.get(l).toForm());
                }
            }
        }
        List<LinearForm> outputs = new ArrayList<>();
        for (int p = letAtoms.size(); p < polynomials.size(); p++) {
            outputs.add(sums.get(p).toForm());
        }
        return steps.build(outputs);
    }

    /** The first batch after which all of m's atoms are planned. */
    private static int batchOf(Monomial m, LetLevels levels) {
        int level = 0;
        for (int k = 0; k < m.size(); k++) {
            level = Math.max(level, levels.level(m.atom(k)));
        }
        return level + 1;
    }

    private void planBatch(List<Term> terms, List<LinearSum> sums) {
        List<Factored> factored = new ArrayList<>();
        Map<Integer, TreeSet<Integer>> exponentsByBase = new TreeMap<>();
        for (Term term : terms) {
            Factored f = factoring.factor(term.monomial(), term.coefficient());
            factored.add(f);
            f.exponents().forEach((base, e) -> {
                if (e > 1) {
                    exponentsByBase.computeIfAbsent(base, b -> new TreeSet<>()).add(e);
                }
            });
        }
        exponentsByBase.forEach(powers::require);

        List<int[]> factorSets = new ArrayList<>();
        for (Factored f : factored) {
            if (!f.exponents().isEmpty()) {
                int[] set = f.exponents().entrySet().stream()
                        .mapToInt(e -> powers.power(e.getKey(), e.getValue())).sorted().toArray();
                factorSets.add(set);
            }
        }
        int[] results = products.multiply(factorSets);
        int next = 0;
        for (int t = 0; t < terms.size(); t++) {
            Factored f = factored.get(t);
            LinearSum sum = sums.get(terms.get(t).polynomial());
            if (f.exponents().isEmpty()) {
                sum.addConstant(f.scale());
            } else {
                sum.add(f.scale(), steps.form(results[next++]));
            }
        }
    }
}
