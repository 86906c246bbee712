package org.cheapnet.dsl.compiler.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Orbits of monomials under the translations of one periodic lattice, every variable on it moving
 * together. The caller guarantees that every atom of a monomial is an input on this lattice.
 *
 * <p>The canonical representative of the orbit of m is the smallest, in canonical monomial order,
 * of the translates of m that move one of m's sites to the origin. That set of translates is the
 * same for every member of the orbit (the translates of m + t anchored at s + t are those of m
 * anchored at s), so equal orbits get equal representatives, found in O(k^2 log k) for k sites.
 */
final class TranslationOrbits {

    /**
     * @param representative the canonical member of the orbit
     * @param stabilizer     the number of translations that map the monomial onto itself; the
     *                       orbit has cellCount / stabilizer members
     */
    record Orbit(Monomial representative, int stabilizer) {
    }

    private final LatticeGeometry lattice;
    private final VariableSpace space;
    private final int[] sizes;
    private final int[] strides;

    TranslationOrbits(LatticeGeometry lattice, VariableSpace space) {
        this.lattice = lattice;
        this.space = space;
        this.sizes = lattice.sizes();
        this.strides = new int[sizes.length];
        int stride = 1;
        for (int axis = sizes.length - 1; axis >= 0; axis--) {
            strides[axis] = stride;
            stride *= sizes[axis];
        }
    }

    /**
     * The orbit of a non-constant monomial. The anchored translates equal to any one of them come
     * from anchors s + t for t in the stabilizer, so counting the anchors that give the smallest
     * translate counts the stabilizer.
     */
    Orbit orbit(Monomial m) {
        int k = m.size();
        int[] bases = new int[k];
        int[][] coordinates = new int[k][];
        int[] sites = new int[k];
        for (int i = 0; i < k; i++) {
            int atom = m.atom(i);
            bases[i] = space.offset(space.declarationOf(atom));
            sites[i] = space.indexOf(atom);
            coordinates[i] = lattice.coordinates(sites[i]);
        }
        int[] anchors = Arrays.stream(sites).distinct().sorted().toArray();
        Monomial best = null;
        int ties = 0;
        long[] packed = new long[k];
        for (int anchor : anchors) {
            int[] origin = lattice.coordinates(anchor);
            for (int i = 0; i < k; i++) {
                int atom = bases[i] + wrappedSite(coordinates[i], origin);
                packed[i] = (long) atom << 32 | m.exponent(i);
            }
            Monomial translate = sortedMonomial(packed);
            int order = best == null ? -1 : translate.compareTo(best);
            if (order < 0) {
                best = translate;
                ties = 1;
            } else if (order == 0) {
                ties++;
            }
        }
        return new Orbit(best, ties);
    }

    /** The site at coordinates - origin, wrapped. */
    private int wrappedSite(int[] coordinates, int[] origin) {
        int site = 0;
        for (int axis = 0; axis < sizes.length; axis++) {
            site += Math.floorMod(coordinates[axis] - origin[axis], sizes[axis]) * strides[axis];
        }
        return site;
    }

    /** The monomial of (atom << 32 | exponent) pairs, sorted first so that Monomial.of runs in linear time. */
    private static Monomial sortedMonomial(long[] packed) {
        long[] sorted = packed.clone();
        Arrays.sort(sorted);
        int[] atoms = new int[sorted.length];
        int[] exponents = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            atoms[i] = (int) (sorted[i] >>> 32);
            exponents[i] = (int) sorted[i];
        }
        return Monomial.of(atoms, exponents);
    }

    /**
     * The unit-cell term of an orbit: the representative's factors with offsets that span the
     * least. Along each axis the coordinates used lie on a circle of the axis's size; cutting the
     * circle at the widest gap between them and counting from the coordinate after the gap gives
     * offsets from 0 to the smallest possible maximum (so the bond (0,0)-(0,n-1) becomes
     * (0,0)-(0,1)). Shifting every factor by the same vector keeps the sum over cells.
     */
    TemplateTerm term(Monomial representative, double coefficient) {
        int k = representative.size();
        int[][] coordinates = new int[k][];
        for (int i = 0; i < k; i++) {
            coordinates[i] = lattice.coordinates(space.indexOf(representative.atom(i)));
        }
        int[] start = new int[sizes.length];
        for (int axis = 0; axis < sizes.length; axis++) {
            start[axis] = afterWidestGap(coordinates, axis);
        }
        List<TemplateFactor> factors = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int atom = representative.atom(i);
            int[] offset = new int[sizes.length];
            for (int axis = 0; axis < sizes.length; axis++) {
                offset[axis] = Math.floorMod(coordinates[i][axis] - start[axis], sizes[axis]);
            }
            factors.add(new TemplateFactor(space.declarationOf(atom), offset, representative.exponent(i)));
        }
        factors.sort(Comparator.<TemplateFactor, int[]>comparing(TemplateFactor::offset, Arrays::compare)
                .thenComparingInt(f -> space.offset(f.variable())));
        return new TemplateTerm(coefficient, factors);
    }

    /** The coordinate that follows the widest gap between the used coordinates along one axis (circularly). */
    private int afterWidestGap(int[][] coordinates, int axis) {
        int[] values = Arrays.stream(coordinates).mapToInt(c -> c[axis]).distinct().sorted().toArray();
        int n = sizes[axis];
        // the gap that ends at values[0] wraps around
        int start = values[0];
        int widest = values[0] + n - values[values.length - 1];
        for (int j = 1; j < values.length; j++) {
            int gap = values[j] - values[j - 1];
            if (gap > widest) {
                widest = gap;
                start = values[j];
            }
        }
        return start;
    }
}
