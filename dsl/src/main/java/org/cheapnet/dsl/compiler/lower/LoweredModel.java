package org.cheapnet.dsl.compiler.lower;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Expression;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Variable;

/**
 * The bridge from the AST to the polynomial IR: what lowering made of one model. Later passes
 * take the plain IR objects; the maps keyed by AST nodes serve the validator and the driver.
 * A declaration missing from a map had an error (reported in {@link #diagnostics()}).
 */
public final class LoweredModel {
    private final VariableSpace space;
    private final LetDefinitions lets;
    private final Map<Lattice, LatticeGeometry> lattices;
    private final Map<Variable, VariableDeclaration> variables;
    private final Map<Hamiltonian, LoweredHamiltonian> hamiltonians;
    private final Map<Expression, Double> constants;
    private final List<LoweringDiagnostic> diagnostics;
    private final long loweringNanos;

    LoweredModel(VariableSpace space, LetDefinitions lets, Map<Lattice, LatticeGeometry> lattices,
            Map<Variable, VariableDeclaration> variables, Map<Hamiltonian, LoweredHamiltonian> hamiltonians,
            Map<Expression, Double> constants, List<LoweringDiagnostic> diagnostics, long loweringNanos) {
        this.space = space;
        this.lets = lets;
        this.lattices = Collections.unmodifiableMap(lattices);
        this.variables = Collections.unmodifiableMap(variables);
        this.hamiltonians = Collections.unmodifiableMap(hamiltonians);
        this.constants = Collections.unmodifiableMap(constants);
        this.diagnostics = List.copyOf(diagnostics);
        this.loweringNanos = loweringNanos;
    }

    /** How long lowering the whole model took (for the report's time per pass). */
    public long loweringNanos() {
        return loweringNanos;
    }

    public VariableSpace space() {
        return space;
    }

    /** The let instances' definitions: the composition as a DAG. */
    public LetDefinitions lets() {
        return lets;
    }

    public LatticeGeometry lattice(Lattice lattice) {
        return lattices.get(lattice);
    }

    public VariableDeclaration variable(Variable variable) {
        return variables.get(variable);
    }

    /** The lowered hamiltonian, or null when it has errors. */
    public LoweredHamiltonian hamiltonian(Hamiltonian hamiltonian) {
        return hamiltonians.get(hamiltonian);
    }

    /** Lowered hamiltonians in declaration order. */
    public Map<Hamiltonian, LoweredHamiltonian> hamiltonians() {
        return hamiltonians;
    }

    /**
     * The value of a constant expression of a declaration or annotation (sizes, ranges, params,
     * annotation arguments, priors), or null when it is not a valid constant.
     */
    public Double constant(Expression expression) {
        return constants.get(expression);
    }

    public List<LoweringDiagnostic> diagnostics() {
        return diagnostics;
    }
}
