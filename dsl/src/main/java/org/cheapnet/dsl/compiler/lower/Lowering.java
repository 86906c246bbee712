package org.cheapnet.dsl.compiler.lower;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cheapnet.dsl.compiler.lower.LoweringProblems.Abort;
import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.TermLimitExceeded;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableKind;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.ClassDecl;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.Declaration;
import org.cheapnet.dsl.ham.DepthAnnotation;
import org.cheapnet.dsl.ham.Expression;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.LocalAnnotation;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.ToleranceAnnotation;
import org.cheapnet.dsl.ham.Variable;
import org.cheapnet.dsl.lang.LatticeShapes;

/**
 * Lowers one model's AST to the polynomial IR: the one place where the compiler reads EMF
 * objects. Declarations first (lattices, variables: the input layout), then every let and
 * hamiltonian. Never throws on user input: problems become {@link LoweringDiagnostic}s, and a
 * declaration with an error is left out of the result.
 */
public final class Lowering {
    /** Most input variables (sites times variables) a model may declare. */
    public static final int MAX_INPUTS = 1 << 22;

    private final Model model;
    private final LoweringProblems problems = new LoweringProblems();
    private final Map<Lattice, LatticeGeometry> lattices = new HashMap<>();
    private final Map<Variable, VariableDeclaration> variables = new LinkedHashMap<>();
    private final Map<Expression, Double> constants = new HashMap<>();
    private final ExpressionLowering expressions;

    private Lowering(Model model) {
        this.model = model;
        this.expressions = new ExpressionLowering(problems, lattices, variables);
    }

    public static LoweredModel lower(Model model) {
        return new Lowering(model).run();
    }

    private LoweredModel run() {
        long start = System.nanoTime();
        // lattices first: a variable may name a lattice declared below it
        for (Declaration declaration : model.getDeclarations()) {
            if (declaration instanceof Lattice lattice) {
                guarded(() -> declareLattice(lattice));
            }
        }
        for (Declaration declaration : model.getDeclarations()) {
            guarded(() -> declare(declaration));
        }
        VariableSpace space = new VariableSpace(new ArrayList<>(variables.values()));
        expressions.useSpace(space);
        Map<Hamiltonian, LoweredHamiltonian> hamiltonians = new LinkedHashMap<>();
        for (Declaration declaration : model.getDeclarations()) {
            if (declaration instanceof Hamiltonian hamiltonian) {
                guarded(() -> hamiltonians.put(hamiltonian, lowerHamiltonian(hamiltonian, space)));
            } else if (declaration instanceof Let let) {
                guarded(() -> expressions.lowerAllInstances(let));
            }
        }
        return new LoweredModel(space, expressions.lets(), lattices, variables, hamiltonians, constants, problems.diagnostics(),
                System.nanoTime() - start);
    }

    private static void guarded(Runnable lowering) {
        try {
            lowering.run();
        } catch (Abort abort) {
            // recorded where it happened; go on with the next declaration
        }
    }

    private void declare(Declaration declaration) {
        if (declaration instanceof Variable variable) {
            declareVariable(variable);
        } else if (declaration instanceof Param param) {
            constants.put(param.getValue(), expressions.param(param));
        } else if (declaration instanceof Hamiltonian hamiltonian) {
            declareAnnotations(hamiltonian);
        } else if (declaration instanceof Classifier classifier) {
            for (ClassDecl c : classifier.getClasses()) {
                guarded(() -> constant(c.getPrior(), "a prior"));
            }
        }
    }

    private void declareLattice(Lattice lattice) {
        int dimension = LatticeShapes.dimension(lattice.getShape());
        if (dimension < 0 || lattice.getSizes().size() != dimension) {
            return; // unknown shape or wrong number of sizes: the declaration validator reports it
        }
        int[] sizes = new int[dimension];
        long sites = 1;
        for (int axis = 0; axis < dimension; axis++) {
            Expression size = lattice.getSizes().get(axis);
            sizes[axis] = expressions.integerConstant(size, "a lattice size");
            constants.put(size, (double) sizes[axis]);
            if (sizes[axis] < 1) {
                throw problems.error(LATTICE_SIZE, "a lattice size must be at least 1, not " + sizes[axis], lattice, HamPackage.Literals.LATTICE__SIZES, axis);
            }
            sites *= sizes[axis];
            if (sites > MAX_INPUTS) {
                throw problems.error(LIMIT_EXCEEDED, "lattice " + lattice.getName() + " has more than " + MAX_INPUTS + " sites", lattice, HamPackage.Literals.LATTICE__SIZES, axis);
            }
        }
        lattices.put(lattice, new LatticeGeometry(lattice.getName(), sizes, lattice.getBoundary() == org.cheapnet.dsl.ham.Boundary.PERIODIC));
    }

    private void declareVariable(Variable variable) {
        VariableKind kind = VariableKind.valueOf(variable.getKind().getName().toUpperCase());
        double lo = kind == VariableKind.BIT ? 0 : -1;
        double hi = 1;
        if (variable.getRange() != null && kind == VariableKind.REAL) {
            lo = constant(variable.getRange().getLo(), "a range bound");
            hi = constant(variable.getRange().getHi(), "a range bound");
            if (lo >= hi) {
                throw problems.error(EMPTY_RANGE, "the range [" + PolynomialFormat.decimal(lo) + ", " + PolynomialFormat.decimal(hi)
                        + "] is empty: lo must be below hi", variable.getRange());
            }
        }
        VariableDeclaration declaration;
        if (variable.getLattice() != null) {
            LatticeGeometry lattice = lattices.get(variable.getLattice());
            if (lattice == null) {
                return; // unknown or faulty lattice, reported there
            }
            declaration = VariableDeclaration.onLattice(variable.getName(), kind, lattice, lo, hi);
        } else if (variable.getSize() != null) {
            int size = expressions.integerConstant(variable.getSize(), "a vector size");
            constants.put(variable.getSize(), (double) size);
            if (size < 1 || size > MAX_INPUTS) {
                throw problems.error(VECTOR_SIZE, "a vector size must be between 1 and " + MAX_INPUTS + ", not " + size, variable.getSize());
            }
            declaration = VariableDeclaration.vector(variable.getName(), kind, size, lo, hi);
        } else {
            declaration = VariableDeclaration.scalar(variable.getName(), kind, lo, hi);
        }
        long total = variables.values().stream().mapToLong(VariableDeclaration::count).sum() + declaration.count();
        if (total > MAX_INPUTS) {
            throw problems.error(LIMIT_EXCEEDED, "the model declares more than " + MAX_INPUTS + " input variables", variable, HamPackage.Literals.SYMBOL__NAME, -1);
        }
        variables.put(variable, declaration);
    }

    private void declareAnnotations(Hamiltonian hamiltonian) {
        for (var annotation : hamiltonian.getAnnotations()) {
            if (annotation instanceof LocalAnnotation local) {
                guarded(() -> constant(local.getRadius(), "a locality radius"));
            } else if (annotation instanceof ToleranceAnnotation tolerance) {
                guarded(() -> constant(tolerance.getValue(), "a tolerance"));
            } else if (annotation instanceof DepthAnnotation depth) {
                guarded(() -> constant(depth.getDepth(), "a depth"));
            }
        }
    }

    private double constant(Expression expression, String what) {
        double value = expressions.constant(expression, what);
        constants.put(expression, value);
        return value;
    }

    private LoweredHamiltonian lowerHamiltonian(Hamiltonian hamiltonian, VariableSpace space) {
        Polynomial withLets = expressions.polynomial(hamiltonian.getBody()).reduce(space);
        Polynomial expanded;
        try {
            expanded = expressions.lets().inline(withLets, space, ExpressionLowering.MAX_TERMS);
        } catch (TermLimitExceeded e) {
            throw problems.error(LIMIT_EXCEEDED, "inlining the lets of " + hamiltonian.getName() + " needs more than "
                    + ExpressionLowering.MAX_TERMS + " terms", hamiltonian.getBody());
        }
        return new LoweredHamiltonian(model.getName() + "." + hamiltonian.getName(), withLets, expanded);
    }
}
