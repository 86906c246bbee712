package org.cheapnet.dsl.compiler.symmetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.network.NetworkCompilation;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.analysis.Locality;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.NetworkVerifier;
import org.cheapnet.dsl.compiler.plan.choice.Candidate;
import org.cheapnet.dsl.compiler.plan.choice.Constructions;
import org.cheapnet.dsl.compiler.plan.choice.PlanChoice;
import org.cheapnet.dsl.compiler.plan.choice.PlanLimits;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.runtime.network.Network;
import org.cheapnet.runtime.network.NetworkBuilder;

/**
 * Compiles a translation template per unit cell. The error budget needs no rescaling: every cell
 * contributes the same error e and the same scale S_cell, so the whole lattice's relative error
 * N e / (N S_cell) is the cell's.
 */
public final class CellCompiler {
    /** Terms with more factors than this are not worth a cell template (e.g. a product around a whole ring). */
    public static final int MAX_FACTORS_PER_TERM = 16;

    private CellCompiler() {
    }

    /** As below, without {@code @local}. */
    public static Result compile(TranslationTemplate template, VariableSpace space, NetworkOptions options) {
        return compile(template, space, options, Locality.UNBOUNDED);
    }

    /**
     * The cell network, or why there is none (the caller then compiles the whole polynomial).
     *
     * @param localRadius the {@code @local} radius the cell's plan keeps to (distances measured on the lattice)
     */
    public static Result compile(TranslationTemplate template, VariableSpace space, NetworkOptions options, int localRadius) {
        for (TemplateTerm term : template.terms()) {
            if (term.factors().size() > MAX_FACTORS_PER_TERM) {
                return new Result(null, "a term has more than " + MAX_FACTORS_PER_TERM + " factors");
            }
        }
        Map<TemplateFactor, Integer> locals = new LinkedHashMap<>();
        for (TemplateTerm term : template.terms()) {
            for (TemplateFactor factor : term.factors()) {
                locals.putIfAbsent(withExponentOne(factor), locals.size());
            }
        }
        List<TemplateFactor> localInputs = new ArrayList<>(locals.keySet());
        VariableSpace cellSpace = new VariableSpace(localInputs.stream().map(CellCompiler::localDeclaration).toList());
        Polynomial cell = cellPolynomial(template, locals);
        // distances of the cell's inputs: those of the sites they read in cell 0 (the same in every cell)
        int[] global = localInputs.stream().mapToInt(f -> CellNetwork.input(template, f, 0, space)).toArray();
        PlanChoice choice = Constructions.selector().choose(List.of(cell), List.of(cell), cellSpace, new LetDefinitions(),
                new PlanLimits(localRadius, options.maxDepth()), (a, b) -> Locality.distance(space, global[a], global[b]));
        // the cheapest plan whose cell network verifies (the driver verifies the chosen one again, and
        // reports the last one's failure when none does)
        CompiledNetwork cellNetwork = null;
        String unsupported = null;
        for (Candidate candidate : choice.ranked()) {
            NetworkCompilation result = new NetworkCompiler(cellSpace, options).compile(candidate.plan(), List.of(cell));
            if (result instanceof NetworkCompilation.Unsupported u) {
                unsupported = u.message();
                continue;
            }
            cellNetwork = ((NetworkCompilation.Built) result).network();
            choice = choice.choosing(candidate);
            if (NetworkVerifier.verify(cellNetwork, List.of(cell), cellSpace, options.tolerance()).passed()) {
                break;
            }
        }
        if (cellNetwork == null) {
            return new Result(null, unsupported);
        }
        CellNetwork cells = new CellNetwork(template, localInputs, cellSpace, choice, cellNetwork, null);
        Network full = replicate(cells, space);
        return new Result(new CellNetwork(template, localInputs, cellSpace, choice, cellNetwork, full), null);
    }

    /** Either a cell network or the reason there is none. */
    public record Result(CellNetwork cells, String reason) {
    }

    static TemplateFactor withExponentOne(TemplateFactor factor) {
        return new TemplateFactor(factor.variable(), factor.offset(), 1);
    }

    private static VariableDeclaration localDeclaration(TemplateFactor factor) {
        VariableDeclaration v = factor.variable();
        StringBuilder name = new StringBuilder(v.name()).append('@');
        int[] offset = factor.offset();
        for (int axis = 0; axis < offset.length; axis++) {
            name.append(axis == 0 ? "" : ",").append(offset[axis]);
        }
        return VariableDeclaration.scalar(name.toString(), v.kind(), v.lo(), v.hi());
    }

    /** The template's terms as one polynomial over the local inputs (local input k = atom k). */
    static Polynomial cellPolynomial(TranslationTemplate template, Map<TemplateFactor, Integer> locals) {
        PolynomialBuilder cell = new PolynomialBuilder();
        for (TemplateTerm term : template.terms()) {
            int[] atoms = new int[term.factors().size()];
            int[] exponents = new int[atoms.length];
            for (int i = 0; i < atoms.length; i++) {
                TemplateFactor factor = term.factors().get(i);
                atoms[i] = locals.get(withExponentOne(factor));
                exponents[i] = factor.exponent();
            }
            cell.add(Monomial.of(atoms, exponents), term.coefficient());
        }
        return cell.build();
    }

    /** The cell network on every cell, inputs re-indexed, outputs summed plus the template's constant. */
    private static Network replicate(CellNetwork cells, VariableSpace space) {
        Network cell = cells.cellNetwork().network();
        NetworkBuilder full = new NetworkBuilder(space.inputCount());
        int cellCount = cells.template().cellCount();
        int[] outputs = new int[cellCount * cell.outputCount()];
        int[] value = new int[cell.valueCount()];
        for (int c = 0; c < cellCount; c++) {
            for (int k = 0; k < cell.inputCount(); k++) {
                value[k] = cells.input(k, c, space);
            }
            for (int node = 0; node < cell.nodeCount(); node++) {
                int[] sources = cell.sources(node).clone();
                for (int i = 0; i < sources.length; i++) {
                    sources[i] = value[sources[i]];
                }
                value[cell.valueOfNode(node)] = cell.isNeuron(node)
                        ? full.neuron(cell.activation(node), sources, cell.weights(node), cell.bias(node))
                        : full.linear(sources, cell.weights(node), cell.bias(node));
            }
            for (int o = 0; o < cell.outputCount(); o++) {
                outputs[c * cell.outputCount() + o] = value[cell.output(o)];
            }
        }
        double[] ones = new double[outputs.length];
        java.util.Arrays.fill(ones, 1);
        full.linearOutput(outputs, ones, cells.template().constant());
        return full.build();
    }
}
