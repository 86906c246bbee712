package org.cheapnet.dsl.compiler.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * Checks the symmetries {@code @symmetric(...)} claims. A symmetry group is checked through its
 * generators: p is invariant under a permutation g of the atoms iff every monomial m of p has
 * coefficient(g m) = coefficient(m), since g then maps the support of p onto itself.
 *
 * <p>Coefficients compare equal within 1e-9 times the largest |coefficient| of p. Works on an
 * inlined (no let atoms), reduced polynomial; never throws on such input.
 */
public final class Symmetries {

    /** Relative tolerance, against the largest |coefficient|, for two coefficients to be equal. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private Symmetries() {
    }

    /** Whether p is invariant under the symmetry, with a witness monomial when it is not. */
    public static SymmetryCheck check(Symmetry symmetry, Polynomial p, VariableSpace space) {
        UsedVariables used = new UsedVariables(p, space);
        return switch (symmetry) {
            case TRANSLATION -> translation(p, space, used);
            case FLIP -> flip(p, space);
            case REFLECTION -> reflection(p, space, used);
            case ROTATION -> rotation(p, space, used);
            case PERMUTATION -> permutation(p, space, used);
        };
    }

    /** Generators: +1 along each axis of each periodic lattice, moving every variable on it. */
    private static SymmetryCheck translation(Polynomial p, VariableSpace space, UsedVariables used) {
        List<AtomPermutation> generators = new ArrayList<>();
        for (LatticeGeometry lattice : used.lattices()) {
            for (int axis = 0; lattice.periodic() && axis < lattice.dimension(); axis++) {
                int along = axis;
                generators.add(moveSites(space, used, lattice, site -> lattice.shifted(site, along, 1)));
            }
        }
        if (generators.isEmpty()) {
            return SymmetryCheck.notApplicable("no periodic axis: no variable of the polynomial lives on a periodic lattice");
        }
        return invariantUnder(p, generators);
    }

    /** Generators: the mirror x -> n-1-x along each axis of each lattice. */
    private static SymmetryCheck reflection(Polynomial p, VariableSpace space, UsedVariables used) {
        if (used.lattices().isEmpty()) {
            return SymmetryCheck.notApplicable("no lattice: no variable of the polynomial lives on a lattice");
        }
        List<AtomPermutation> generators = new ArrayList<>();
        for (LatticeGeometry lattice : used.lattices()) {
            for (int axis = 0; axis < lattice.dimension(); axis++) {
                int along = axis;
                generators.add(moveSites(space, used, lattice, site -> lattice.reflected(site, along)));
            }
        }
        return invariantUnder(p, generators);
    }

    /** Generators: the quarter turn in each plane of axes (a, b), a < b, of each lattice. */
    private static SymmetryCheck rotation(Polynomial p, VariableSpace space, UsedVariables used) {
        if (used.lattices().isEmpty()) {
            return SymmetryCheck.notApplicable("no lattice: no variable of the polynomial lives on a lattice");
        }
        for (LatticeGeometry lattice : used.lattices()) {
            String reason = notRotatable(lattice);
            if (reason != null) {
                return SymmetryCheck.notApplicable(reason);
            }
        }
        List<AtomPermutation> generators = new ArrayList<>();
        for (LatticeGeometry lattice : used.lattices()) {
            for (int a = 0; a < lattice.dimension(); a++) {
                for (int b = a + 1; b < lattice.dimension(); b++) {
                    int axisA = a;
                    int axisB = b;
                    generators.add(moveSites(space, used, lattice, site -> lattice.rotated(site, axisA, axisB)));
                }
            }
        }
        return invariantUnder(p, generators);
    }

    /** Why a lattice has no 90-degree rotations, or null if it has. */
    private static String notRotatable(LatticeGeometry lattice) {
        if (lattice.dimension() < 2) {
            return "lattice " + lattice.name() + " is one-dimensional: it has no rotations";
        }
        for (int axis = 1; axis < lattice.dimension(); axis++) {
            if (lattice.size(axis) != lattice.size(0)) {
                StringBuilder sizes = new StringBuilder();
                for (int a = 0; a < lattice.dimension(); a++) {
                    sizes.append(a > 0 ? " x " : "").append(lattice.size(a));
                }
                return "lattice " + lattice.name() + " is " + sizes + ": a rotation needs axes of equal size";
            }
        }
        return null;
    }

    /**
     * Generators: for each size n >= 2 of the vector variables, the transposition (0 1) and the
     * cycle (0 1 ... n-1), relabelling every vector of that size at once (particle labels).
     */
    private static SymmetryCheck permutation(Polynomial p, VariableSpace space, UsedVariables used) {
        Map<Integer, List<VariableDeclaration>> vectorsBySize = new LinkedHashMap<>();
        for (VariableDeclaration declaration : used.declarations()) {
            if (declaration.isVector() && declaration.count() >= 2) {
                vectorsBySize.computeIfAbsent(declaration.count(), n -> new ArrayList<>()).add(declaration);
            }
        }
        if (vectorsBySize.isEmpty()) {
            return SymmetryCheck.notApplicable("no vector variable of size 2 or more");
        }
        List<AtomPermutation> generators = new ArrayList<>();
        for (Map.Entry<Integer, List<VariableDeclaration>> group : vectorsBySize.entrySet()) {
            int n = group.getKey();
            generators.add(moveIndices(space, group.getValue(), i -> i == 0 ? 1 : i == 1 ? 0 : i));
            if (n > 2) {
                generators.add(moveIndices(space, group.getValue(), i -> (i + 1) % n));
            }
        }
        return invariantUnder(p, generators);
    }

    /**
     * H(flip x) = H(x) with spins and reals negated and bits b -> 1-b. Without bits this says
     * that every monomial of odd degree is absent; with bits the flipped polynomial is compared.
     */
    private static SymmetryCheck flip(Polynomial p, VariableSpace space) {
        double tolerance = tolerance(p);
        if (!hasBits(p, space)) {
            for (int i = 0; i < p.termCount(); i++) {
                double c = p.coefficientAt(i);
                if (p.monomial(i).degree() % 2 == 1 && !(Math.abs(2 * c) <= tolerance)) {
                    return SymmetryCheck.violated(p.monomial(i), p.monomial(i), c, -c);
                }
            }
            return SymmetryCheck.ok();
        }
        Polynomial flipped = p.substitute(atom -> space.kind(atom) == VariableKind.BIT
                ? Polynomial.constant(1).minus(Polynomial.atom(atom))
                : Polynomial.atom(atom).negate()).reduce(space);
        Polynomial difference = flipped.minus(p);
        for (int i = 0; i < difference.termCount(); i++) {
            if (!(Math.abs(difference.coefficientAt(i)) <= tolerance)) {
                Monomial m = difference.monomial(i);
                return SymmetryCheck.violated(m, m, p.coefficient(m), flipped.coefficient(m));
            }
        }
        return SymmetryCheck.ok();
    }

    private static boolean hasBits(Polynomial p, VariableSpace space) {
        for (int i = 0; i < p.termCount(); i++) {
            Monomial m = p.monomial(i);
            for (int k = 0; k < m.size(); k++) {
                if (space.kind(m.atom(k)) == VariableKind.BIT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The permutation moving the sites of every used variable on the lattice (equal by value). */
    private static AtomPermutation moveSites(VariableSpace space, UsedVariables used, LatticeGeometry lattice,
            IntUnaryOperator siteMap) {
        int[] image = new int[lattice.siteCount()];
        for (int site = 0; site < image.length; site++) {
            image[site] = siteMap.applyAsInt(site);
        }
        AtomPermutation permutation = new AtomPermutation(space);
        for (VariableDeclaration declaration : used.on(lattice)) {
            permutation.acting(declaration, site -> image[site]);
        }
        return permutation;
    }

    /** The permutation moving the indices of each of the given vectors by the same map. */
    private static AtomPermutation moveIndices(VariableSpace space, List<VariableDeclaration> vectors,
            IntUnaryOperator indexMap) {
        AtomPermutation permutation = new AtomPermutation(space);
        for (VariableDeclaration vector : vectors) {
            permutation.acting(vector, indexMap);
        }
        return permutation;
    }

    /** Invariance under each generator in turn; the witness is the first monomial (canonical order) that moves. */
    private static SymmetryCheck invariantUnder(Polynomial p, List<AtomPermutation> generators) {
        double tolerance = tolerance(p);
        Map<Monomial, Double> coefficients = new HashMap<>(2 * p.termCount());
        for (int i = 0; i < p.termCount(); i++) {
            coefficients.put(p.monomial(i), p.coefficientAt(i));
        }
        for (AtomPermutation generator : generators) {
            for (int i = 0; i < p.termCount(); i++) {
                Monomial m = p.monomial(i);
                Monomial image = generator.apply(m);
                double c = p.coefficientAt(i);
                double imageCoefficient = coefficients.getOrDefault(image, 0.0);
                if (!(Math.abs(c - imageCoefficient) <= tolerance)) {
                    return SymmetryCheck.violated(m, image, c, imageCoefficient);
                }
            }
        }
        return SymmetryCheck.ok();
    }

    private static double tolerance(Polynomial p) {
        return RELATIVE_TOLERANCE * p.maxAbsCoefficient();
    }
}
