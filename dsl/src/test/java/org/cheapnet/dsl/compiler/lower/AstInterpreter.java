package org.cheapnet.dsl.compiler.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.ham.Aggregate;
import org.cheapnet.dsl.ham.Binary;
import org.cheapnet.dsl.ham.Boundary;
import org.cheapnet.dsl.ham.BondBinder;
import org.cheapnet.dsl.ham.Declaration;
import org.cheapnet.dsl.ham.Domain;
import org.cheapnet.dsl.ham.Expression;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.IndexBinder;
import org.cheapnet.dsl.ham.IndexVar;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Negation;
import org.cheapnet.dsl.ham.NumberLiteral;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.Power;
import org.cheapnet.dsl.ham.Reference;
import org.cheapnet.dsl.ham.Tuple;
import org.cheapnet.dsl.ham.Variable;
import org.cheapnet.dsl.ham.VariableKind;

/**
 * A direct numeric reading of LANGUAGE.md over the AST, written without the lowering code: it
 * walks the expression tree at one point (a value for every variable) and returns a number.
 * Sums and products loop, lattice sites are int tuples, periodic axes wrap, and a reference to
 * a site outside an open lattice throws {@link Outside}, which the innermost enclosing sum or
 * prod catches to leave out that iteration's whole term. Let instances are evaluated once per
 * point. Test-only: models are assumed valid (anything else throws).
 */
final class AstInterpreter {

    /** One input value: the variable's name and its index (site coordinates, a vector index, or none). */
    record Point(String name, List<Integer> index) {
        static Point of(String name, int... index) {
            return new Point(name, Arrays.stream(index).boxed().toList());
        }
    }

    /** An input in the documented layout, with what values it may take. */
    record Input(Point point, VariableKind kind, double lo, double hi) {
    }

    /** A site named outside an open lattice: the enclosing sum/prod term is left out. */
    static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    /** A site: integer coordinates, one per axis (a chain site has one). */
    private record Site(int[] coordinates) {
        int dimension() {
            return coordinates.length;
        }
    }

    /** A lattice's shape read from its declaration. */
    private record Geometry(int[] sizes, boolean periodic) {
        int siteCount() {
            return Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
        }

        /** Site number n in row-major order, the last coordinate fastest. */
        int[] coordinates(int n) {
            int[] c = new int[sizes.length];
            for (int axis = sizes.length - 1; axis >= 0; axis--) {
                c[axis] = n % sizes[axis];
                n /= sizes[axis];
            }
            return c;
        }

        /** The site wrapped onto the lattice, or null past an open edge. */
        int[] place(int[] c) {
            int[] placed = new int[c.length];
            for (int axis = 0; axis < c.length; axis++) {
                if (periodic) {
                    placed[axis] = Math.floorMod(c[axis], sizes[axis]);
                } else if (c[axis] < 0 || c[axis] >= sizes[axis]) {
                    return null;
                } else {
                    placed[axis] = c[axis];
                }
            }
            return placed;
        }
    }

    private final Model model;
    private final Map<Lattice, Geometry> geometries = new HashMap<>();
    private Map<Point, Double> values;
    /** Memoized let instances at the current point; NaN marks an instance that names an outside site. */
    private final Map<List<Object>, Double> letInstances = new HashMap<>();

    AstInterpreter(Model model) {
        this.model = model;
        for (Declaration declaration : model.getDeclarations()) {
            if (declaration instanceof Lattice lattice) {
                int[] sizes = lattice.getSizes().stream().mapToInt(this::integerConstant).toArray();
                geometries.put(lattice, new Geometry(sizes, lattice.getBoundary() == Boundary.PERIODIC));
            }
        }
    }

    /** Every input value in the generated code's order: declaration order, sites row-major. */
    List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (Declaration declaration : model.getDeclarations()) {
            if (!(declaration instanceof Variable v)) {
                continue;
            }
            double lo = v.getKind() == VariableKind.BIT ? 0 : -1;
            double hi = 1;
            if (v.getKind() == VariableKind.REAL && v.getRange() != null) {
                lo = constant(v.getRange().getLo());
                hi = constant(v.getRange().getHi());
            }
            if (v.getLattice() != null) {
                Geometry g = geometries.get(v.getLattice());
                for (int n = 0; n < g.siteCount(); n++) {
                    inputs.add(new Input(Point.of(v.getName(), g.coordinates(n)), v.getKind(), lo, hi));
                }
            } else if (v.getSize() != null) {
                for (int i = 0; i < integerConstant(v.getSize()); i++) {
                    inputs.add(new Input(Point.of(v.getName(), i), v.getKind(), lo, hi));
                }
            } else {
                inputs.add(new Input(Point.of(v.getName()), v.getKind(), lo, hi));
            }
        }
        return inputs;
    }

    /** H at the point; values must hold every input the hamiltonian reads. */
    double evaluate(Hamiltonian hamiltonian, Map<Point, Double> point) {
        this.values = point;
        letInstances.clear();
        return number(hamiltonian.getBody(), new HashMap<>());
    }

    // ---- expressions ----

    private double number(Expression e, Map<IndexVar, Object> env) {
        Object v = value(e, env);
        if (v instanceof Double d) {
            return d;
        }
        Site site = (Site) v;
        if (site.dimension() != 1) {
            throw new IllegalStateException("a " + site.dimension() + "-dimensional site used as a number");
        }
        return site.coordinates()[0]; // a chain site used as an integer
    }

    /** A Double, or a Site (tuples, lattice indices and site arithmetic). */
    private Object value(Expression e, Map<IndexVar, Object> env) {
        if (e instanceof NumberLiteral literal) {
            return Double.parseDouble(literal.getValue().replaceAll("\\s", ""));
        }
        if (e instanceof Tuple tuple) {
            return new Site(tuple.getComponents().stream().mapToInt(c -> toInt(number(c, env))).toArray());
        }
        if (e instanceof Negation negation) {
            Object v = value(negation.getOperand(), env);
            return v instanceof Site s ? new Site(scale(s.coordinates(), -1)) : (Object) (-(Double) v);
        }
        if (e instanceof Binary binary) {
            return binary(binary, env);
        }
        if (e instanceof Power power) {
            double base = number(power.getBase(), env);
            int exponent = toInt(number(power.getExponent(), env));
            double result = 1;
            for (int k = 0; k < exponent; k++) {
                result *= base;
            }
            return result;
        }
        if (e instanceof Aggregate aggregate) {
            return aggregate(aggregate, env);
        }
        if (e instanceof Reference reference) {
            return reference(reference, env);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private Object binary(Binary binary, Map<IndexVar, Object> env) {
        Object left = value(binary.getLeft(), env);
        Object right = value(binary.getRight(), env);
        String op = binary.getOp();
        if (left instanceof Site || right instanceof Site) {
            Object site = siteArithmetic(op, left, right);
            if (site != null) {
                return site;
            }
        }
        double a = left instanceof Site s ? s.coordinates()[0] : (Double) left;
        double b = right instanceof Site s ? s.coordinates()[0] : (Double) right;
        return switch (op) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> a / b;
            default -> throw new IllegalStateException(op);
        };
    }

    /** site +- site, chain site +- integer, integer * site; null when the operation is numeric. */
    private static Site siteArithmetic(String op, Object left, Object right) {
        if ("*".equals(op)) {
            if (left instanceof Site s && right instanceof Double k && isInteger(k)) {
                return new Site(scale(s.coordinates(), toInt(k)));
            }
            if (right instanceof Site s && left instanceof Double k && isInteger(k)) {
                return new Site(scale(s.coordinates(), toInt(k)));
            }
            return null;
        }
        if (!"+".equals(op) && !"-".equals(op)) {
            return null;
        }
        if (left instanceof Double k && !isInteger(k) || right instanceof Double k2 && !isInteger(k2)) {
            return null; // a chain site next to a fraction (or a variable's value) is a number
        }
        int sign = "+".equals(op) ? 1 : -1;
        int[] a = left instanceof Site s ? s.coordinates() : new int[] {toInt((Double) left)};
        int[] b = right instanceof Site s ? s.coordinates() : new int[] {toInt((Double) right)};
        if (a.length != b.length) {
            throw new IllegalStateException("adding sites of dimension " + a.length + " and " + b.length);
        }
        int[] sum = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + sign * b[i];
        }
        return new Site(sum);
    }

    // ---- sums and products ----

    private double aggregate(Aggregate aggregate, Map<IndexVar, Object> env) {
        boolean sum = "sum".equals(aggregate.getOp());
        double result = sum ? 0 : 1;
        for (Map<IndexVar, Object> binding : bindings(aggregate, env)) {
            double term;
            try {
                term = number(aggregate.getBody(), binding);
            } catch (Outside leftOut) {
                continue; // this iteration names a site past an open edge: its term is left out
            }
            result = sum ? result + term : result * term;
        }
        return result;
    }

    /** The environments of the iterations: one per domain value, or per bond (a, a + e_d). */
    private List<Map<IndexVar, Object>> bindings(Aggregate aggregate, Map<IndexVar, Object> env) {
        List<Map<IndexVar, Object>> result = new ArrayList<>();
        if (aggregate.getBinder() instanceof IndexBinder binder) {
            for (Object value : domainValues(binder.getDomain())) {
                Map<IndexVar, Object> inner = new HashMap<>(env);
                inner.put(binder.getIndex(), value);
                result.add(inner);
            }
            return result;
        }
        BondBinder bond = (BondBinder) aggregate.getBinder();
        Geometry g = domainLattice(bond.getDomain());
        for (int n = 0; n < g.siteCount(); n++) {
            int[] a = g.coordinates(n);
            for (int axis = 0; axis < a.length; axis++) {
                int[] step = a.clone();
                step[axis]++;
                int[] b = g.place(step);
                if (b == null) {
                    continue; // past an open edge: no bond
                }
                Map<IndexVar, Object> inner = new HashMap<>(env);
                inner.put(bond.getFirst(), new Site(a));
                inner.put(bond.getSecond(), new Site(b));
                result.add(inner);
            }
        }
        return result;
    }

    /** The sites of a lattice (row-major) or the integers lo..hi of a range. */
    private List<Object> domainValues(Domain domain) {
        List<Object> values = new ArrayList<>();
        if (domain.getTo() == null) {
            Geometry g = domainLattice(domain);
            for (int n = 0; n < g.siteCount(); n++) {
                values.add(new Site(g.coordinates(n)));
            }
        } else {
            for (int i = integerConstant(domain.getFrom()); i <= integerConstant(domain.getTo()); i++) {
                values.add((double) i);
            }
        }
        return values;
    }

    private Geometry domainLattice(Domain domain) {
        Reference reference = (Reference) domain.getFrom();
        return geometries.get((Lattice) reference.getSymbol());
    }

    // ---- references ----

    private Object reference(Reference reference, Map<IndexVar, Object> env) {
        Object symbol = reference.getSymbol();
        if (symbol instanceof IndexVar index) {
            return env.get(index);
        }
        if (symbol instanceof Param param) {
            return constant(param.getValue());
        }
        if (symbol instanceof Variable variable) {
            return variable(variable, reference, env);
        }
        if (symbol instanceof Let let) {
            return let(let, reference, env);
        }
        throw new IllegalStateException("cannot evaluate a reference to " + symbol);
    }

    private double variable(Variable variable, Reference reference, Map<IndexVar, Object> env) {
        int[] index;
        if (variable.getLattice() != null) {
            index = place(geometries.get(variable.getLattice()), siteIndex(reference, env));
        } else if (variable.getSize() != null) {
            int i = toInt(number(reference.getIndices().get(0), env));
            if (i < 0 || i >= integerConstant(variable.getSize())) {
                throw new IllegalStateException("index " + i + " of " + variable.getName() + " out of range");
            }
            index = new int[] {i};
        } else {
            index = new int[0];
        }
        Double value = values.get(Point.of(variable.getName(), index));
        if (value == null) {
            throw new IllegalStateException("no value for " + Point.of(variable.getName(), index));
        }
        return value;
    }

    /** One instance of a let: its body with only its own index bound, once per point. */
    private double let(Let let, Reference reference, Map<IndexVar, Object> env) {
        Object index = null; // the bound value of the let's index: a Site or an integer
        int[] key = new int[0];
        if (let.getIndex() != null) {
            Domain domain = let.getDomain();
            if (domain.getTo() == null) {
                key = place(domainLattice(domain), siteIndex(reference, env));
                index = new Site(key);
            } else {
                int k = toInt(number(reference.getIndices().get(0), env));
                if (k < integerConstant(domain.getFrom()) || k > integerConstant(domain.getTo())) {
                    throw new IllegalStateException("index " + k + " of let " + let.getName() + " out of range");
                }
                key = new int[] {k};
                index = (double) k;
            }
        }
        List<Object> instance = List.of(let, Arrays.stream(key).boxed().toList());
        Double known = letInstances.get(instance);
        if (known == null) {
            Map<IndexVar, Object> own = new HashMap<>();
            if (index != null) {
                own.put(let.getIndex(), index);
            }
            try {
                known = number(let.getBody(), own);
            } catch (Outside outside) {
                known = Double.NaN;
            }
            letInstances.put(instance, known);
        }
        if (Double.isNaN(known)) {
            throw new Outside(); // the instance names an outside site: so does every term using it
        }
        return known;
    }

    /** The site a reference names: one site (or integer) index, or one integer per axis. */
    private int[] siteIndex(Reference reference, Map<IndexVar, Object> env) {
        List<Expression> indices = reference.getIndices();
        if (indices.size() == 1) {
            Object v = value(indices.get(0), env);
            return v instanceof Site s ? s.coordinates() : new int[] {toInt((Double) v)};
        }
        return indices.stream().mapToInt(i -> toInt(number(i, env))).toArray();
    }

    private static int[] place(Geometry g, int[] site) {
        if (site.length != g.sizes().length) {
            throw new IllegalStateException("a " + site.length + "-dimensional site on a " + g.sizes().length + "-dimensional lattice");
        }
        int[] placed = g.place(site);
        if (placed == null) {
            throw new Outside();
        }
        return placed;
    }

    // ---- constants ----

    private double constant(Expression e) {
        return number(e, Map.of());
    }

    private int integerConstant(Expression e) {
        return toInt(constant(e));
    }

    private static boolean isInteger(double v) {
        return v == Math.rint(v);
    }

    private static int toInt(double v) {
        if (!isInteger(v)) {
            throw new IllegalStateException(v + " is not an integer");
        }
        return (int) v;
    }

    private static int[] scale(int[] c, int k) {
        return Arrays.stream(c).map(x -> k * x).toArray();
    }
}
