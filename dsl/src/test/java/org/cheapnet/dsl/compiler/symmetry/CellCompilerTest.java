package org.cheapnet.dsl.compiler.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.lower.Lowering;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.NetworkVerifier;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.tests.HamInjectorProvider;
import org.cheapnet.runtime.Activation;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Cell networks replicate to a network that meets the tolerance on the whole lattice, at a size linear in the cells. */
@ExtendWith(InjectionExtension.class)
@InjectWith(HamInjectorProvider.class)
class CellCompilerTest {
    @Inject
    private ParseHelper<HamFile> parser;

    @Test
    void isingCellsReplicateToAVerifiedNetwork() throws Exception {
        for (int size : new int[] { 4, 8 }) {
            CellNetwork cells = compile("""
                    model M {
                        lattice g = square(%d, %d) periodic
                        spin s on g
                        hamiltonian H = -sum(<a, b> in g) s[a] * s[b] - 0.3 * sum(a in g) s[a]
                    }
                    """.formatted(size, size), 1e-6);
            // per cell two bonds: s_a (s_a+x + s_a+y) is one 4-neuron product, as many neurons as two
            // 2-neuron spin-product gates and one multiplication fewer (without @local the factored
            // product may read the two neighbours, 2 apart)
            assertEquals(1, cells.cellPlan().multiplications());
            assertEquals(4, cells.cellNetwork().network().neuronCount());
            assertEquals(4 * size * size, cells.full().neuronCount());
        }
    }

    @Test
    void phi4ChainCellsMeetTheTolerance() throws Exception {
        CellNetwork cells = compile("""
                model M {
                    lattice c = chain(16) periodic
                    real phi on c in [-2, 2]
                    hamiltonian H = sum(i in c) (0.5 * (phi[i+1] - phi[i])^2 + 0.5 * phi[i]^2 + 0.25 * phi[i]^4) + 3
                }
                """, 1e-5);
        assertEquals(3, cells.template().constant(), 1e-12);
        assertEquals(16 * cells.cellNetwork().network().neuronCount(), cells.full().neuronCount());
    }

    /** Lowers, templates and compiles per cell; asserts the replicated network verifies on the whole polynomial. */
    private CellNetwork compile(String text, double tolerance) throws Exception {
        LoweredModel lowered = Lowering.lower(parser.parse(text).getModels().get(0));
        LoweredHamiltonian h = lowered.hamiltonians().values().iterator().next();
        TranslationTemplate template = TranslationTemplates.of(h.expanded(), lowered.space()).orElseThrow();
        NetworkOptions options = new NetworkOptions(Activation.SIGMOID, tolerance, Integer.MAX_VALUE);
        CellCompiler.Result result = CellCompiler.compile(template, lowered.space(), options);
        assertNotNull(result.cells(), result.reason());
        Verification v = NetworkVerifier.verify(result.cells().full(), List.of(h.expanded()), lowered.space(), tolerance);
        assertTrue(v.passed(), () -> "worst error " + v.worstError());
        return result.cells();
    }
}
