package org.cheapnet.dsl.compiler.symmetry;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The unit cell of a translation-invariant polynomial on one periodic lattice:
 * p(x) = constant + sum over cells c of sum over terms t of t.coefficient * prod over t's factors
 * f of x[f.variable at site (c + f.offset) mod sizes]^f.exponent. Its size does not depend on the
 * lattice's size (except for monomials that themselves grow with it, like the product of all
 * spins of a ring), so code can loop over the cells with shared weights.
 *
 * @param lattice  periodic; the cells are its sites
 * @param constant the polynomial's constant term, added once (not per cell)
 * @param terms    copied; in canonical order of the orbits they stand for
 */
public record TranslationTemplate(LatticeGeometry lattice, double constant, List<TemplateTerm> terms) {

    public TranslationTemplate {
        Objects.requireNonNull(lattice, "lattice");
        if (!lattice.periodic()) {
            throw new IllegalArgumentException("a translation template needs a periodic lattice, not " + lattice);
        }
        terms = List.copyOf(terms);
        for (TemplateTerm term : terms) {
            for (TemplateFactor factor : term.factors()) {
                checkFactor(lattice, factor);
            }
        }
    }

    private static void checkFactor(LatticeGeometry lattice, TemplateFactor factor) {
        if (!lattice.equals(factor.variable().lattice()) || factor.offset().length != lattice.dimension()) {
            throw new IllegalArgumentException(factor + " does not live on " + lattice);
        }
        for (int axis = 0; axis < lattice.dimension(); axis++) {
            if (factor.offset(axis) < 0 || factor.offset(axis) >= lattice.size(axis)) {
                throw new IllegalArgumentException(factor + ": offset outside 0.." + (lattice.size(axis) - 1)
                        + " on axis " + axis);
            }
        }
    }

    /** The number of cells, one per site of the lattice. */
    public int cellCount() {
        return lattice.siteCount();
    }

    /**
     * The largest offset along each axis over all factors: how far past a cell the template
     * reaches (all offsets are at least 0).
     */
    public int[] reach() {
        int[] reach = new int[lattice.dimension()];
        for (TemplateTerm term : terms) {
            for (TemplateFactor factor : term.factors()) {
                for (int axis = 0; axis < reach.length; axis++) {
                    reach[axis] = Math.max(reach[axis], factor.offset(axis));
                }
            }
        }
        return reach;
    }

    /**
     * Sum over all cells c of the lattice of sum_terms coefficient * prod
     * x[offset(variable) + site(c + offset)]^exponent, plus the constant.
     *
     * @param inputs one value per input atom of the space (length space.inputCount())
     */
    public double evaluate(double[] inputs, VariableSpace space) {
        if (inputs.length != space.inputCount()) {
            throw new IllegalArgumentException(inputs.length + " input values for " + space.inputCount() + " inputs");
        }
        CellSites sites = new CellSites(lattice);
        int[][][] offsets = offsets();
        int[][] bases = bases(space);
        double sum = 0;
        for (int cell = 0; cell < sites.cellCount(); cell++, sites.next()) {
            for (int t = 0; t < terms.size(); t++) {
                List<TemplateFactor> factors = terms.get(t).factors();
                double product = terms.get(t).coefficient();
                for (int f = 0; f < factors.size(); f++) {
                    double x = inputs[bases[t][f] + sites.site(offsets[t][f])];
                    for (int e = factors.get(f).exponent(); e > 0; e--) {
                        product *= x;
                    }
                }
                sum += product;
            }
        }
        return sum + constant;
    }

    /** The polynomial this template stands for, expanded over all cells (for tests and verification). */
    public Polynomial expand(VariableSpace space) {
        CellSites sites = new CellSites(lattice);
        int[][][] offsets = offsets();
        int[][] bases = bases(space);
        PolynomialBuilder builder = new PolynomialBuilder().add(Monomial.ONE, constant);
        for (int cell = 0; cell < sites.cellCount(); cell++, sites.next()) {
            for (int t = 0; t < terms.size(); t++) {
                List<TemplateFactor> factors = terms.get(t).factors();
                int[] atoms = new int[factors.size()];
                int[] exponents = new int[factors.size()];
                for (int f = 0; f < atoms.length; f++) {
                    atoms[f] = bases[t][f] + sites.site(offsets[t][f]);
                    exponents[f] = factors.get(f).exponent();
                }
                builder.add(Monomial.of(atoms, exponents), terms.get(t).coefficient());
            }
        }
        return builder.build();
    }

    /** offsets[term][factor] = that factor's offset. */
    private int[][][] offsets() {
        int[][][] offsets = new int[terms.size()][][];
        for (int t = 0; t < offsets.length; t++) {
            offsets[t] = terms.get(t).factors().stream().map(TemplateFactor::offset).toArray(int[][]::new);
        }
        return offsets;
    }

    /** bases[term][factor] = the first atom of that factor's variable. */
    private int[][] bases(VariableSpace space) {
        int[][] bases = new int[terms.size()][];
        for (int t = 0; t < bases.length; t++) {
            bases[t] = terms.get(t).factors().stream().mapToInt(f -> space.offset(f.variable())).toArray();
        }
        return bases;
    }

    /** The constant, then one term per line, e.g. "-1.0 s[c]*s[c+(0,1)]". */
    @Override
    public String toString() {
        return "per cell of " + lattice + ": " + constant
                + terms.stream().map(term -> "\n" + term).collect(Collectors.joining());
    }

    /** Walks the cells in row-major order (last axis fastest) and wraps cell + offset. */
    private static final class CellSites {
        private final int[] sizes;
        private final int[] strides;
        private final int[] cell;
        private final int cellCount;

        CellSites(LatticeGeometry lattice) {
            this.sizes = lattice.sizes();
            this.strides = new int[sizes.length];
            this.cell = new int[sizes.length];
            int stride = 1;
            for (int axis = sizes.length - 1; axis >= 0; axis--) {
                strides[axis] = stride;
                stride *= sizes[axis];
            }
            this.cellCount = lattice.siteCount();
        }

        int cellCount() {
            return cellCount;
        }

        /** The site (cell + offset) mod sizes; offsets lie in 0..size-1. */
        int site(int[] offset) {
            int site = 0;
            for (int axis = 0; axis < sizes.length; axis++) {
                int x = cell[axis] + offset[axis];
                site += (x >= sizes[axis] ? x - sizes[axis] : x) * strides[axis];
            }
            return site;
        }

        /** Moves to the next cell, like an odometer. */
        void next() {
            for (int axis = sizes.length - 1; axis >= 0; axis--) {
                if (++cell[axis] < sizes[axis]) {
                    return;
                }
                cell[axis] = 0;
            }
        }
    }
}
