package org.cheapnet.dsl.compiler.symmetry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cheapnet.dsl.compiler.analysis.Symmetries;
import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Finds the unit-cell template of a translation-invariant polynomial, so that code can loop over
 * the cells instead of unrolling the lattice.
 *
 * <p>The monomials are grouped into orbits under the lattice's translations by hashing each one's
 * canonical representative ({@link TranslationOrbits}): linear in the number of monomials. An
 * orbit may have fewer members than the lattice has cells (a bond on a periodic axis of size 2,
 * the product of all spins of a ring); summing its representative over all cells visits each
 * member cellCount / orbitSize times, so the coefficient per cell is
 * coefficient * orbitSize / cellCount.
 *
 * <p>Coefficients within one orbit may differ by rounding (lowering adds contributions in
 * different orders); they count as equal within {@link #RELATIVE_TOLERANCE} times the largest
 * |coefficient|, as for {@code @symmetric(translation)}, and the template takes their mean. A
 * partial orbit whose mean is that close to 0 is a rounding residue and is left out. So
 * {@link TranslationTemplate#expand} equals p up to that tolerance, exactly when p is exactly
 * invariant (up to the rounding of coefficient * orbitSize / cellCount).
 */
public final class TranslationTemplates {

    /** Relative tolerance, against the largest |coefficient|, for coefficients of one orbit to be equal. */
    public static final double RELATIVE_TOLERANCE = Symmetries.RELATIVE_TOLERANCE;

    private TranslationTemplates() {
    }

    /** The coefficients of the members of one orbit found in the polynomial. */
    private static final class OrbitSum {
        final int stabilizer;
        double sum;
        int members;
        /** The members' common coefficient while they all agree exactly (NaN once they differ). */
        double common = Double.NaN;
        boolean started;

        OrbitSum(int stabilizer) {
            this.stabilizer = stabilizer;
        }

        int orbitSize(int cellCount) {
            return cellCount / stabilizer;
        }

        void add(double coefficient) {
            sum += coefficient;
            members++;
            common = !started || common == coefficient ? coefficient : Double.NaN;
            started = true;
        }

        /** The mean coefficient over the whole orbit, absent members counting 0; exact when all members agree. */
        double mean(int cellCount) {
            return members == orbitSize(cellCount) && !Double.isNaN(common) ? common : sum / orbitSize(cellCount);
        }
    }

    /**
     * Present when every variable of p lives on lattices equal to ONE periodic LatticeGeometry and
     * p is invariant under its translations; empty otherwise (then the caller plans the whole
     * polynomial). Also empty for a constant polynomial and for one with let atoms: pass the
     * expanded (inlined) polynomial.
     */
    public static Optional<TranslationTemplate> of(Polynomial p, VariableSpace space) {
        LatticeGeometry lattice = commonPeriodicLattice(p, space);
        if (lattice == null) {
            return Optional.empty();
        }
        int cellCount = lattice.siteCount();
        TranslationOrbits orbits = new TranslationOrbits(lattice, space);
        Map<Monomial, OrbitSum> sums = new HashMap<>();
        Monomial[] representatives = new Monomial[p.termCount()];
        for (int i = 0; i < p.termCount(); i++) {
            if (!p.monomial(i).isConstant()) {
                TranslationOrbits.Orbit orbit = orbits.orbit(p.monomial(i));
                representatives[i] = orbit.representative();
                OrbitSum sum = sums.computeIfAbsent(orbit.representative(), r -> new OrbitSum(orbit.stabilizer()));
                sum.add(p.coefficientAt(i));
            }
        }
        double tolerance = RELATIVE_TOLERANCE * p.maxAbsCoefficient();
        for (int i = 0; i < p.termCount(); i++) {
            if (representatives[i] != null
                    && !(Math.abs(p.coefficientAt(i) - sums.get(representatives[i]).mean(cellCount)) <= tolerance)) {
                return Optional.empty();
            }
        }
        List<Monomial> keys = new ArrayList<>(sums.keySet());
        keys.sort(null);
        List<TemplateTerm> terms = new ArrayList<>(keys.size());
        for (Monomial key : keys) {
            OrbitSum sum = sums.get(key);
            if (sum.members < sum.orbitSize(cellCount)) {
                // the absent members have coefficient 0
                if (!(Math.abs(sum.mean(cellCount)) <= tolerance)) {
                    return Optional.empty();
                }
                continue;
            }
            double perCell = sum.mean(cellCount) / sum.stabilizer; // = sum / cellCount, exact when the orbit agrees
            if (perCell != 0) {
                terms.add(orbits.term(key, perCell));
            }
        }
        return Optional.of(new TranslationTemplate(lattice, p.constantTerm(), terms));
    }

    /** The one periodic lattice every atom of p lives on, or null (let atoms, scalars, vectors, several lattices, open, constant). */
    private static LatticeGeometry commonPeriodicLattice(Polynomial p, VariableSpace space) {
        LatticeGeometry lattice = null;
        for (int i = 0; i < p.termCount(); i++) {
            Monomial m = p.monomial(i);
            for (int k = 0; k < m.size(); k++) {
                if (!space.isInput(m.atom(k))) {
                    return null;
                }
                VariableDeclaration declaration = space.declarationOf(m.atom(k));
                LatticeGeometry own = declaration.lattice();
                if (own == null || lattice != null && !lattice.equals(own)) {
                    return null;
                }
                lattice = own;
            }
        }
        return lattice != null && lattice.periodic() ? lattice : null;
    }
}
