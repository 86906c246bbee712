package org.cheapnet.dsl.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.poly.Evaluator;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Plans of models written in the language, lowered with their lets kept. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class PlannerLanguageTest {

    private static final int POINTS = 100;

    @Inject
    private ParseHelper<HamFile> parser;

    /** 16 sites x 2 axes = 32 bonds, each one discrete product of two spins; the field is free. */
    @Test
    void ising4x4PeriodicIsThirtyTwoSpinPairs() throws Exception {
        LoweredModel model = lower("""
                model Ising {
                    lattice grid = square(4, 4) periodic
                    spin s on grid
                    param J = 1.0
                    param h = 0.1
                    hamiltonian H = -J * sum(<a, b> in grid) s[a] * s[b] - h * sum(a in grid) s[a]
                }
                """);
        Plan plan = planAll(model);
        assertEquals(32, plan.steps().size());
        Set<String> bonds = new HashSet<>();
        for (Step step : plan.steps()) {
            Step.DiscreteProduct pair = (Step.DiscreteProduct) step;
            assertTrue(pair.spins());
            assertEquals(2, pair.inputs().length);
            bonds.add(pair.inputs()[0] + "-" + pair.inputs()[1]);
        }
        assertEquals(32, bonds.size());
        assertEquals(32, plan.multiplications());
        // every one of the 2^16 states
        Polynomial h = model.hamiltonians().values().iterator().next().withLets();
        double[] x = new double[16];
        for (int state = 0; state < 1 << 16; state++) {
            for (int i = 0; i < 16; i++) {
                x[i] = (state >> i & 1) == 1 ? 1 : -1;
            }
            double expected = Evaluator.evaluate(h, model.space(), model.lets(), x);
            assertEquals(expected, plan.evaluate(0, x), 1e-9 * (1 + Math.abs(expected)));
        }
    }

    /** Per site: phi^2 and phi^4 by one addition sequence (2 products) and the bond phi_i phi_{i+1} (1). */
    @Test
    void phi4ChainTakesThreeProductsPerSite() throws Exception {
        LoweredModel model = lower("""
                model Phi4 {
                    lattice line = chain(8) periodic
                    real phi on line in [-2, 2]
                    param lambda = 0.25
                    hamiltonian H = sum(i in line) (0.5 * (phi[i + 1] - phi[i])^2 - 0.5 * phi[i]^2 + lambda * phi[i]^4)
                }
                """);
        Plan plan = planAll(model);
        assertEquals(3 * 8, plan.multiplications());
        assertEquals(2 * 8, plan.squarings());
    }

    /**
     * Block spins m[c] are linear, so only the coarse bonds m[a] m[b] cost: 32 on the periodic
     * 4 x 4 coarse lattice, and 4 distinct pairs on the 2 x 2 one (each bond is visited twice).
     */
    @Test
    void blockSpinCompositionCostsOneProductPerCoarseBond() throws Exception {
        String text = """
                model M {
                    lattice fine = square(%d, %d) periodic
                    lattice coarse = square(%d, %d) periodic
                    spin s on fine
                    let m[c in coarse] = 0.25 * (s[2*c] + s[2*c + (1,0)] + s[2*c + (0,1)] + s[2*c + (1,1)])
                    hamiltonian H = -sum(<a, b> in coarse) m[a] * m[b]
                }
                """;
        assertEquals(distinctPeriodicBonds(2), planAll(lower(text.formatted(4, 4, 2, 2))).multiplications());
        assertEquals(distinctPeriodicBonds(4), planAll(lower(text.formatted(8, 8, 4, 4))).multiplications());
    }

    @Test
    void nonlinearAndChainedLets() throws Exception {
        planAll(lower("""
                model M {
                    lattice line = chain(8) open
                    real phi on line
                    real x[5] in [-2, 1]
                    let d[i in line] = phi[i + 1] - phi[i]
                    let e[i in line] = d[i] * d[i] + d[i - 1]
                    let w[k in 0..3] = x[k] + 2 * x[k + 1]
                    let total = sum(i in line) phi[i]
                    let q[i in line] = e[i]^3 * total + w[1] * w[2] * phi[i]
                    hamiltonian H = sum(i in line) e[i] + total^2 - sum(k in 0..3) w[k] * w[3 - k] + w[2]^3
                    hamiltonian G = sum(i in line) q[i] * e[i] + (w[0] * w[1] * w[2])^2
                }
                """));
    }

    // ---- helpers ----

    /** The number of distinct unordered nearest-neighbour pairs on a periodic n x n lattice. */
    private static int distinctPeriodicBonds(int n) {
        Set<Set<Integer>> bonds = new HashSet<>();
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                bonds.add(Set.of(x * n + y, ((x + 1) % n) * n + y));
                bonds.add(Set.of(x * n + y, x * n + (y + 1) % n));
            }
        }
        return bonds.size();
    }

    private LoweredModel lower(String text) throws Exception {
        HamFile file = parser.parse(text);
        assertNotNull(file);
        assertTrue(file.eResource().getErrors().isEmpty(), () -> "syntax errors: " + file.eResource().getErrors());
        LoweredModel lowered = Lowering.lower(file.getModels().get(0));
        assertTrue(lowered.diagnostics().isEmpty(), () -> "lowering diagnostics: " + lowered.diagnostics());
        return lowered;
    }

    /** Plans every hamiltonian together (lets kept) and checks the plan against the evaluator. */
    private static Plan planAll(LoweredModel model) {
        List<Polynomial> outputs = model.hamiltonians().values().stream().map(LoweredHamiltonian::withLets).toList();
        Plan plan = Planner.plan(outputs, model.space(), model.lets());
        PlanChecks.assertComputes(plan, outputs, model.space(), model.lets(), POINTS, 17);
        return plan;
    }
}
