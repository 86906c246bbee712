package org.cheapnet.dsl.compiler.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;
import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * A hand-built plan with its variables and the expanded polynomial it computes (built
 * separately with polynomial arithmetic, so a wrong plan or network shows up as a mismatch).
 */
record PlanCase(String name, VariableSpace space, Plan plan, Polynomial expanded) {

    @Override
    public String toString() {
        return name;
    }

    List<Polynomial> polynomials() {
        return List.of(expanded);
    }

    static List<PlanCase> all() {
        return List.of(product(), square(), productOfEight(), ising3x3(), cubicOverBits(), asymmetricReals());
    }

    /** x y, x in [-1, 1], y in [-2, 3]. */
    static PlanCase product() {
        VariableSpace space = space(real("x", -1, 1), real("y", -2, 3));
        Plan plan = new Plan(2, List.of(new Step.Product(v(0), v(1))), List.of(v(2)));
        return new PlanCase("x*y", space, plan, atom(0).times(atom(1)));
    }

    /** x^2, x in [-3, 1]. */
    static PlanCase square() {
        VariableSpace space = space(real("x", -3, 1));
        Plan plan = new Plan(1, List.of(new Step.Product(v(0), v(0))), List.of(v(1)));
        return new PlanCase("x^2", space, plan, atom(0).pow(2));
    }

    /** x0 x1 ... x7 as a balanced tree, x in [-1.5, 1.5]^8. */
    static PlanCase productOfEight() {
        return productTree("prod of 8", 8, -1.5, 1.5);
    }

    /** x0 ... x(n-1), n a power of 2, as a balanced tree of depth log2 n. */
    static PlanCase productTree(String name, int n, double lo, double hi) {
        VariableSpace space = space(VariableDeclaration.vector("x", VariableKind.REAL, n, lo, hi));
        List<Step> steps = new ArrayList<>();
        List<Integer> level = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            level.add(i);
        }
        while (level.size() > 1) {
            List<Integer> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                steps.add(new Step.Product(v(level.get(i)), v(level.get(i + 1))));
                next.add(n + steps.size() - 1);
            }
            level = next;
        }
        Polynomial expanded = Polynomial.constant(1);
        for (int i = 0; i < n; i++) {
            expanded = expanded.times(atom(i));
        }
        return new PlanCase(name, space, new Plan(n, steps, List.of(v(level.get(0)))), expanded);
    }

    static final double ISING_J = 1.0;
    static final double ISING_H = 0.3;

    /** H = -J sum over the 18 bonds of a periodic 3 x 3 lattice of s_a s_b - h sum_a s_a, bonds as spin products. */
    static PlanCase ising3x3() {
        LatticeGeometry grid = new LatticeGeometry("grid", new int[] {3, 3}, true);
        VariableSpace space = space(VariableDeclaration.onLattice("s", VariableKind.SPIN, grid, -1, 1));
        List<Step> steps = new ArrayList<>();
        Map<Integer, Double> output = new HashMap<>();
        Polynomial expanded = Polynomial.zero();
        for (int[] bond : isingBonds()) {
            steps.add(new Step.DiscreteProduct(new int[] {Math.min(bond[0], bond[1]), Math.max(bond[0], bond[1])}, true));
            output.put(9 + steps.size() - 1, -ISING_J);
            expanded = expanded.plus(atom(bond[0]).times(atom(bond[1])).times(-ISING_J));
        }
        for (int a = 0; a < 9; a++) {
            output.put(a, -ISING_H);
            expanded = expanded.plus(atom(a).times(-ISING_H));
        }
        return new PlanCase("ising 3x3", space, new Plan(9, steps, List.of(LinearForm.of(output, 0))), expanded);
    }

    /** The 18 bonds (a, (x+1, y)) and (a, (x, y+1)) of the periodic 3 x 3 lattice, site (x, y) at 3x + y. */
    static List<int[]> isingBonds() {
        List<int[]> bonds = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                bonds.add(new int[] {3 * x + y, 3 * ((x + 1) % 3) + y});
                bonds.add(new int[] {3 * x + y, 3 * x + (y + 1) % 3});
            }
        }
        return bonds;
    }

    /** H = 2 b0 b1 b2 - 1.5 b1 b3 + 0.5 b2 b3 b4 + b0 - 0.25 b4 + 1 over 5 bits. */
    static PlanCase cubicOverBits() {
        VariableSpace space = space(VariableDeclaration.vector("b", VariableKind.BIT, 5, 0, 1));
        List<Step> steps = List.of(new Step.DiscreteProduct(new int[] {0, 1, 2}, false),
                new Step.DiscreteProduct(new int[] {1, 3}, false),
                new Step.DiscreteProduct(new int[] {2, 3, 4}, false));
        LinearForm output = LinearForm.of(Map.of(5, 2.0, 6, -1.5, 7, 0.5, 0, 1.0, 4, -0.25), 1);
        Polynomial expanded = atom(0).times(atom(1)).times(atom(2)).times(2)
                .plus(atom(1).times(atom(3)).times(-1.5))
                .plus(atom(2).times(atom(3)).times(atom(4)).times(0.5))
                .plus(atom(0)).plus(atom(4).times(-0.25)).plus(Polynomial.constant(1));
        return new PlanCase("cubic over bits", space, new Plan(5, steps, List.of(output)), expanded);
    }

    /** H = (x + 2y - 1)(z - x) + x^2 z, x in [0, 5], y in [-1, 2], z in [2, 3]. */
    static PlanCase asymmetricReals() {
        VariableSpace space = space(real("x", 0, 5), real("y", -1, 2), real("z", 2, 3));
        LinearForm left = LinearForm.of(Map.of(0, 1.0, 1, 2.0), -1);
        LinearForm right = LinearForm.of(Map.of(2, 1.0, 0, -1.0), 0);
        List<Step> steps = List.of(new Step.Product(left, right), new Step.Product(v(0), v(0)),
                new Step.Product(v(4), v(2)));
        LinearForm output = LinearForm.of(Map.of(3, 1.0, 5, 1.0), 0);
        Polynomial x = atom(0);
        Polynomial y = atom(1);
        Polynomial z = atom(2);
        Polynomial expanded = x.plus(y.times(2)).plus(Polynomial.constant(-1)).times(z.minus(x)).plus(x.pow(2).times(z));
        return new PlanCase("asymmetric reals", space, new Plan(3, steps, List.of(output)), expanded);
    }

    static VariableDeclaration real(String name, double lo, double hi) {
        return VariableDeclaration.scalar(name, VariableKind.REAL, lo, hi);
    }

    static VariableSpace space(VariableDeclaration... declarations) {
        return new VariableSpace(List.of(declarations));
    }

    static LinearForm v(int value) {
        return LinearForm.of(value);
    }

    static Polynomial atom(int atom) {
        return Polynomial.atom(atom);
    }
}
