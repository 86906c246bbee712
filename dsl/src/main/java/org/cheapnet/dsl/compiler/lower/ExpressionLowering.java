package org.cheapnet.dsl.compiler.lower;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.cheapnet.dsl.compiler.lower.LoweringProblems.Abort;
import org.cheapnet.dsl.compiler.lower.LoweringProblems.OutsideLattice;
import org.cheapnet.dsl.compiler.lower.Value.LatticeRef;
import org.cheapnet.dsl.compiler.lower.Value.Poly;
import org.cheapnet.dsl.compiler.lower.Value.Scalar;
import org.cheapnet.dsl.compiler.lower.Value.Site;
import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.LetDefinitions;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.PolynomialBuilder;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.ham.Aggregate;
import org.cheapnet.dsl.ham.Binary;
import org.cheapnet.dsl.ham.BondBinder;
import org.cheapnet.dsl.ham.Domain;
import org.cheapnet.dsl.ham.Expression;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.IndexBinder;
import org.cheapnet.dsl.ham.IndexVar;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.Negation;
import org.cheapnet.dsl.ham.NumberLiteral;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.Power;
import org.cheapnet.dsl.ham.Reference;
import org.cheapnet.dsl.ham.Symbol;
import org.cheapnet.dsl.ham.Tuple;
import org.cheapnet.dsl.ham.Variable;
import org.cheapnet.dsl.lang.Numbers;
import org.eclipse.emf.ecore.EObject;

/**
 * Evaluates expressions to {@link Value}s: numbers and sites by arithmetic, sums and products by
 * expansion into polynomials, references through the model's params, variables and lets. Let
 * instances become atoms defined once (the composition stays a DAG). Bounded: term counts and
 * the number of loop iterations are capped, with a positioned error naming the limit.
 */
final class ExpressionLowering {
    /** Most terms a polynomial may have while expanding. */
    static final int MAX_TERMS = 2_000_000;
    /** Most sum/prod iterations in one model. */
    static final long MAX_STEPS = 20_000_000L;

    private final LoweringProblems problems;
    private final Map<Lattice, LatticeGeometry> lattices;
    private final Map<Variable, VariableDeclaration> variables;
    private VariableSpace space;
    private final LetDefinitions lets = new LetDefinitions();

    private final Map<Param, Double> params = new HashMap<>();
    private final Set<EObject> inProgress = new HashSet<>();
    /** Lets whose domain is being evaluated for a reference to them. */
    private final Set<Let> domainsInProgress = new HashSet<>();
    private final Map<List<Object>, Integer> letAtoms = new HashMap<>();
    private final Map<IndexVar, Value> bindings = new HashMap<>();
    private long steps;
    /** True while evaluating a declaration's constant (size, range, param): variables are not values there. */
    private boolean constantContext;

    ExpressionLowering(LoweringProblems problems, Map<Lattice, LatticeGeometry> lattices,
            Map<Variable, VariableDeclaration> variables) {
        this.problems = problems;
        this.lattices = lattices;
        this.variables = variables;
    }

    void useSpace(VariableSpace space) {
        this.space = space;
    }

    LetDefinitions lets() {
        return lets;
    }

    // ---- entry points ----

    /** A compile-time number, or an error at the expression. */
    double constant(Expression expression, String what) {
        boolean outer = constantContext;
        constantContext = true;
        try {
            Value value = evaluate(expression);
            if (value instanceof Scalar scalar) {
                return scalar.value();
            }
            throw problems.error(NOT_CONSTANT, what + " must be a number", expression);
        } catch (OutsideLattice e) {
            throw problems.error(NOT_CONSTANT, what + " must be a number", expression);
        } finally {
            constantContext = outer;
        }
    }

    /** A compile-time integer, or an error at the expression. */
    int integerConstant(Expression expression, String what) {
        double value = constant(expression, what);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw problems.error(NOT_AN_INTEGER, what + " must be an integer, not " + PolynomialFormat.decimal(value), expression);
        }
        return (int) value;
    }

    /** A top-level polynomial (hamiltonian body); a site outside an open lattice here is an error. */
    Polynomial polynomial(Expression expression) {
        try {
            return toPolynomial(evaluate(expression), expression);
        } catch (OutsideLattice e) {
            throw problems.error(SITE_OUTSIDE_LATTICE, "'" + text(e.reference) + "' names a site outside its open lattice, and no sum encloses it to leave the term out", e.reference);
        }
    }

    double param(Param param) {
        Double known = params.get(param);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(param)) {
            throw problems.error(PARAM_CYCLE, "param '" + param.getName() + "' is defined in terms of itself", param, HamPackage.Literals.PARAM__VALUE, -1);
        }
        try {
            double value = constant(param.getValue(), "a param's value");
            params.put(param, value);
            return value;
        } finally {
            inProgress.remove(param);
        }
    }

    /** Evaluates every instance of a let (so that errors in unused lets are reported too). */
    void lowerAllInstances(Let let) {
        if (let.getIndex() == null) {
            try {
                letAtom(let, 0, null, null);
            } catch (OutsideLattice e) {
                // an unindexed let's body is outside any sum, as a hamiltonian's is
                throw e.reference != null
                        ? problems.error(SITE_OUTSIDE_LATTICE, "'" + text(e.reference) + "' names a site outside its open lattice, and no sum encloses it to leave the term out", e.reference)
                        : problems.error(SITE_OUTSIDE_LATTICE, "let '" + let.getName() + "' names a site outside its open lattice, and no sum encloses it to leave the term out", let.getBody());
            }
            return;
        }
        forEachDomainValue(let.getDomain(), value -> {
            try {
                letInstance(let, value, null);
            } catch (OutsideLattice e) {
                // that instance is left out; a reference to it leaves out its own term
            }
        });
    }

    // ---- expressions ----

    Value evaluate(Expression e) {
        if (e == null) {
            throw Abort.INSTANCE; // a syntax error left a hole; the parser reported it
        }
        if (e instanceof NumberLiteral literal) {
            double value = Numbers.value(literal);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw problems.error(NOT_CONSTANT, "'" + literal.getValue() + "' is not a finite number", literal);
            }
            return new Scalar(value);
        }
        if (e instanceof Reference reference) {
            return reference(reference);
        }
        if (e instanceof Tuple tuple) {
            return tuple(tuple);
        }
        if (e instanceof Negation negation) {
            return negate(evaluate(negation.getOperand()), negation);
        }
        if (e instanceof Binary binary) {
            return binary(binary);
        }
        if (e instanceof Power power) {
            return power(power);
        }
        if (e instanceof Aggregate aggregate) {
            return aggregate(aggregate);
        }
        throw Abort.INSTANCE;
    }

    private Value tuple(Tuple tuple) {
        int[] coordinates = new int[tuple.getComponents().size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = integer(evaluate(tuple.getComponents().get(i)), tuple.getComponents().get(i), "a site coordinate");
        }
        return new Site(coordinates);
    }

    private Value negate(Value v, EObject at) {
        if (v instanceof Scalar s) {
            return new Scalar(-s.value());
        }
        if (v instanceof Site site) {
            return new Site(Arrays.stream(site.coordinates()).map(c -> -c).toArray());
        }
        return new Poly(toPolynomial(v, at).negate());
    }

    private Value binary(Binary binary) {
        Value left;
        try {
            left = evaluate(binary.getLeft());
        } catch (Abort abort) {
            try {
                evaluate(binary.getRight()); // so that an error there is reported too
            } catch (Abort | OutsideLattice alsoFailed) {
                // the left operand's failure stands
            }
            throw abort;
        }
        Value right = evaluate(binary.getRight());
        // a chain site next to a polynomial or a fraction is a number: i * phi[i], (i - 1.5) * phi[i]
        left = chainSiteAsNumber(left, right);
        right = chainSiteAsNumber(right, left);
        String op = binary.getOp();
        if ("/".equals(op)) {
            return divide(left, right, binary);
        }
        if ("*".equals(op)) {
            return multiply(left, right, binary);
        }
        boolean minus = "-".equals(op);
        if (left instanceof Scalar a && right instanceof Scalar b) {
            return new Scalar(minus ? a.value() - b.value() : a.value() + b.value());
        }
        if (left instanceof Site || right instanceof Site) {
            int[] a = siteOperand(left, right, binary);
            int[] b = siteOperand(right, left, binary);
            int[] sum = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                sum[i] = minus ? a[i] - b[i] : a[i] + b[i];
            }
            return new Site(sum);
        }
        Polynomial a = toPolynomial(left, binary.getLeft());
        Polynomial b = toPolynomial(right, binary.getRight());
        return new Poly(minus ? a.minus(b) : a.plus(b));
    }

    private static Value chainSiteAsNumber(Value value, Value other) {
        boolean numeric = other instanceof Poly || other instanceof Scalar s && s.value() != Math.rint(s.value());
        if (numeric && value instanceof Site site && site.dimension() == 1) {
            return new Scalar(site.coordinates()[0]);
        }
        return value;
    }

    /** Site arithmetic: a site plus a site of the same dimension, or a 1-D site plus an integer. */
    private int[] siteOperand(Value operand, Value other, Binary at) {
        int dimension = other instanceof Site s ? s.dimension() : operand instanceof Site s ? s.dimension() : 1;
        if (operand instanceof Site site) {
            if (site.dimension() != dimension) {
                throw problems.error(WRONG_DIMENSION, "cannot add sites of dimension " + site.dimension() + " and " + dimension, at);
            }
            return site.coordinates();
        }
        if (operand instanceof Scalar && dimension == 1) {
            return new int[] { integer(operand, at, "a site offset") };
        }
        throw problems.error(WRONG_DIMENSION, "a " + dimension + "-dimensional site can only be offset by a tuple such as "
                + exampleTuple(dimension), at);
    }

    private Value multiply(Value left, Value right, Binary at) {
        if (left instanceof Scalar a && right instanceof Scalar b) {
            return new Scalar(a.value() * b.value());
        }
        if (left instanceof Site site && right instanceof Scalar factor) {
            return scaleSite(site, factor, at);
        }
        if (right instanceof Site site && left instanceof Scalar factor) {
            return scaleSite(site, factor, at);
        }
        return new Poly(product(toPolynomial(left, at.getLeft()), toPolynomial(right, at.getRight()), at));
    }

    private Value scaleSite(Site site, Scalar factor, Binary at) {
        int k = integer(factor, at, "a factor of a site");
        return new Site(Arrays.stream(site.coordinates()).map(c -> k * c).toArray());
    }

    private Value divide(Value left, Value right, Binary at) {
        if (!(right instanceof Scalar divisor)) {
            throw problems.error(NON_POLYNOMIAL, "division by a variable is not polynomial: divide by a constant only", at.getRight());
        }
        if (divisor.value() == 0) {
            throw problems.error(DIVISION_BY_ZERO, "division by zero", at.getRight());
        }
        if (left instanceof Scalar a) {
            return new Scalar(a.value() / divisor.value());
        }
        return new Poly(toPolynomial(left, at.getLeft()).times(1 / divisor.value()));
    }

    private Value power(Power power) {
        Value exponentValue = evaluate(power.getExponent());
        if (!(exponentValue instanceof Scalar s)) {
            throw problems.error(NON_POLYNOMIAL, "the exponent must be a constant non-negative integer", power.getExponent());
        }
        double e = s.value();
        if (e < 0) {
            throw problems.error(NEGATIVE_EXPONENT, "a negative exponent (" + PolynomialFormat.decimal(e) + ") is not polynomial", power.getExponent());
        }
        if (e != Math.rint(e)) {
            throw problems.error(NON_INTEGER_EXPONENT, "a non-integer exponent (" + PolynomialFormat.decimal(e) + ") is not polynomial", power.getExponent());
        }
        if (e > Integer.MAX_VALUE) {
            throw problems.error(LIMIT_EXCEEDED, "exponent " + PolynomialFormat.decimal(e) + " exceeds the limit " + Integer.MAX_VALUE, power.getExponent());
        }
        Value base = evaluate(power.getBase());
        if (base instanceof Scalar b) {
            return new Scalar(Math.pow(b.value(), e));
        }
        Polynomial result = Polynomial.constant(1);
        Polynomial square = toPolynomial(base, power.getBase());
        for (long k = (long) e; k > 0; k >>= 1) {
            if ((k & 1) == 1) {
                result = product(result, square, power);
            }
            if (k > 1) {
                square = product(square, square, power);
            }
        }
        return new Poly(result);
    }

    /** p*q reduced by the variables' kinds (bit^2 = bit, spin^2 = 1), within the term limit. */
    private Polynomial product(Polynomial p, Polynomial q, EObject at) {
        if ((long) p.termCount() * q.termCount() > MAX_TERMS && p.termCount() > 1 && q.termCount() > 1) {
            throw problems.error(LIMIT_EXCEEDED, "expanding this product needs more than " + MAX_TERMS + " terms", at);
        }
        return p.times(q).reduce(space);
    }

    // ---- sums and products ----

    private Value aggregate(Aggregate aggregate) {
        boolean sum = "sum".equals(aggregate.getOp());
        double[] scalar = { sum ? 0 : 1 };
        PolynomialBuilder terms = new PolynomialBuilder();
        Polynomial[] product = { null };
        boolean[] polynomial = { false };
        forEachBinding(aggregate, () -> {
            Value term;
            try {
                term = evaluate(aggregate.getBody());
            } catch (OutsideLattice e) {
                return; // this term names a site outside an open lattice: left out
            }
            if (term instanceof Scalar s) {
                scalar[0] = sum ? scalar[0] + s.value() : scalar[0] * s.value();
                return;
            }
            Polynomial p = toPolynomial(term, aggregate.getBody());
            polynomial[0] = true;
            if (sum) {
                terms.add(p);
                if (terms.termCount() > MAX_TERMS) {
                    throw problems.error(LIMIT_EXCEEDED, "this sum has more than " + MAX_TERMS + " terms", aggregate);
                }
            } else {
                product[0] = product[0] == null ? p : product(product[0], p, aggregate);
            }
        });
        if (!polynomial[0]) {
            return new Scalar(scalar[0]);
        }
        if (sum) {
            return new Poly(terms.build().plus(Polynomial.constant(scalar[0])));
        }
        return new Poly(product[0].times(scalar[0]));
    }

    private void forEachBinding(Aggregate aggregate, Runnable body) {
        if (aggregate.getBinder() instanceof IndexBinder binder) {
            forEachDomainValue(binder.getDomain(), value -> bound(binder.getIndex(), value, body));
        } else if (aggregate.getBinder() instanceof BondBinder bond) {
            forEachBond(bond, body);
        } else {
            throw Abort.INSTANCE;
        }
    }

    /** Bonds: every site a and axis d with b = a + e_d, wrapping on periodic axes, none past an open edge. */
    private void forEachBond(BondBinder bond, Runnable body) {
        LatticeGeometry lattice = domainLattice(bond.getDomain(), "a bond sum <a, b> runs over a lattice");
        for (int a = 0; a < lattice.siteCount(); a++) {
            for (int axis = 0; axis < lattice.dimension(); axis++) {
                int b = lattice.shifted(a, axis, 1);
                if (b < 0) {
                    continue;
                }
                step(bond);
                Site first = new Site(lattice.coordinates(a));
                Site second = new Site(lattice.coordinates(b));
                bound(bond.getFirst(), first, () -> bound(bond.getSecond(), second, body));
            }
        }
    }

    private void forEachDomainValue(Domain domain, Consumer<Value> action) {
        if (domain == null) {
            throw Abort.INSTANCE;
        }
        if (domain.getTo() == null) {
            LatticeGeometry lattice = domainLattice(domain, "expected a lattice or a range lo..hi");
            for (int site = 0; site < lattice.siteCount(); site++) {
                step(domain);
                action.accept(new Site(lattice.coordinates(site)));
            }
            return;
        }
        int from = integerConstant(domain.getFrom(), "a range bound");
        int to = integerConstant(domain.getTo(), "a range bound");
        for (long i = from; i <= to; i++) {
            step(domain);
            action.accept(new Scalar(i));
        }
    }

    private LatticeGeometry domainLattice(Domain domain, String message) {
        if (domain == null) {
            throw Abort.INSTANCE;
        }
        Value value = domain.getTo() == null ? evaluate(domain.getFrom()) : null;
        if (value instanceof LatticeRef ref) {
            LatticeGeometry geometry = lattices.get(ref.lattice());
            if (geometry == null) {
                throw Abort.INSTANCE; // the lattice's own error is reported there
            }
            return geometry;
        }
        throw problems.error(NOT_A_DOMAIN, message, domain);
    }

    private void bound(IndexVar index, Value value, Runnable body) {
        Value previous = bindings.put(index, value);
        try {
            body.run();
        } finally {
            if (previous == null) {
                bindings.remove(index);
            } else {
                bindings.put(index, previous);
            }
        }
    }

    private void step(EObject at) {
        if (++steps > MAX_STEPS) {
            throw problems.error(LIMIT_EXCEEDED, "the model needs more than " + MAX_STEPS + " sum and prod iterations", at);
        }
    }

    // ---- references ----

    private Value reference(Reference reference) {
        Symbol symbol = reference.getSymbol();
        if (symbol == null || symbol.eIsProxy()) {
            throw Abort.INSTANCE; // the linker reported the unknown name
        }
        if (symbol instanceof Param param) {
            noIndices(reference);
            return new Scalar(param(param));
        }
        if (symbol instanceof Lattice lattice) {
            noIndices(reference);
            return new LatticeRef(lattice);
        }
        if (symbol instanceof IndexVar index) {
            noIndices(reference);
            Value value = bindings.get(index);
            if (value == null) {
                throw Abort.INSTANCE;
            }
            return value;
        }
        if (constantContext) {
            throw problems.error(NOT_CONSTANT, "'" + symbol.getName() + "' is not a constant", reference);
        }
        if (symbol instanceof Variable variable) {
            return new Poly(Polynomial.atom(variableAtom(variable, reference)));
        }
        if (symbol instanceof Let let) {
            return new Poly(Polynomial.atom(letReference(let, reference)));
        }
        throw Abort.INSTANCE;
    }

    private int variableAtom(Variable variable, Reference reference) {
        VariableDeclaration declaration = variables.get(variable);
        if (declaration == null) {
            throw Abort.INSTANCE; // the declaration's own error is reported there
        }
        int index;
        if (declaration.lattice() != null) {
            index = latticeSite(declaration.lattice(), reference);
        } else if (declaration.isVector()) {
            index = vectorIndex(reference, 0, declaration.count() - 1, variable.getName());
        } else {
            noIndices(reference);
            index = 0;
        }
        return space.inputAtom(declaration, index);
    }

    private int letReference(Let let, Reference reference) {
        if (let.getIndex() == null) {
            noIndices(reference);
            return letAtom(let, 0, null, reference);
        }
        Domain domain = let.getDomain();
        if (domain == null) {
            throw Abort.INSTANCE;
        }
        // a domain that names its own let (let m[k in m]) would resolve itself forever
        if (!domainsInProgress.add(let)) {
            throw problems.error(LET_CYCLE, "the domain of let '" + let.getName() + "' depends on the let itself", domain);
        }
        int key;
        Value index;
        try {
            if (domain.getTo() == null) {
                LatticeGeometry lattice = domainLattice(domain, "expected a lattice or a range lo..hi");
                key = latticeSite(lattice, reference);
                index = new Site(lattice.coordinates(key));
            } else {
                int from = integerConstant(domain.getFrom(), "a range bound");
                int to = integerConstant(domain.getTo(), "a range bound");
                key = vectorIndex(reference, from, to, let.getName());
                index = new Scalar(key);
            }
        } finally {
            domainsInProgress.remove(let);
        }
        return letAtom(let, key, index, reference);
    }

    /** The instance of an indexed let for a domain value (a site or an integer). */
    private int letInstance(Let let, Value value, Reference at) {
        if (value instanceof Site site) {
            LatticeGeometry lattice = domainLattice(let.getDomain(), "expected a lattice or a range lo..hi");
            return letAtom(let, lattice.site(site.coordinates()), value, at);
        }
        return letAtom(let, (int) ((Scalar) value).value(), value, at);
    }

    /** The atom of one let instance, defined on first use by evaluating the let's body with its index bound. */
    private int letAtom(Let let, int key, Value indexValue, Reference at) {
        List<Object> instance = List.of(let, key);
        Integer known = letAtoms.get(instance);
        if (known != null) {
            if (known < 0) {
                throw new OutsideLattice(at);
            }
            return known;
        }
        if (!inProgress.add(let)) {
            EObject where = at != null ? at : let;
            throw problems.error(LET_CYCLE, "let '" + let.getName() + "' depends on itself", where);
        }
        Map<IndexVar, Value> outer = new HashMap<>(bindings);
        bindings.clear();
        try {
            if (let.getIndex() != null) {
                bindings.put(let.getIndex(), indexValue);
            }
            Polynomial definition = toPolynomial(evaluate(let.getBody()), let.getBody()).reduce(space);
            int atom = space.addLet(letLabel(let, indexValue));
            lets.define(atom, definition);
            letAtoms.put(instance, atom);
            return atom;
        } catch (OutsideLattice e) {
            letAtoms.put(instance, -1);
            throw new OutsideLattice(at != null ? at : e.reference);
        } finally {
            inProgress.remove(let);
            bindings.clear();
            bindings.putAll(outer);
        }
    }

    private String letLabel(Let let, Value indexValue) {
        if (indexValue instanceof Site site) {
            StringBuilder label = new StringBuilder(let.getName()).append('[');
            for (int i = 0; i < site.dimension(); i++) {
                label.append(i == 0 ? "" : ",").append(site.coordinates()[i]);
            }
            return label.append(']').toString();
        }
        if (indexValue instanceof Scalar k) {
            return let.getName() + "[" + (long) k.value() + "]";
        }
        return let.getName();
    }

    /** Site index on a lattice: one site-valued index of its dimension, or one integer per axis. */
    private int latticeSite(LatticeGeometry lattice, Reference reference) {
        List<Expression> indices = reference.getIndices();
        String name = reference.getSymbol().getName();
        if (indices.isEmpty()) {
            throw problems.error(MISSING_INDEX, "'" + name + "' lives on lattice " + lattice.name() + ": index it by a site, e.g. " + name + "[a]", reference);
        }
        int[] coordinates;
        if (indices.size() == 1) {
            Value value = evaluate(indices.get(0));
            if (value instanceof Site site) {
                coordinates = site.coordinates();
            } else if (value instanceof Scalar) {
                coordinates = new int[] { integer(value, indices.get(0), "a site index") };
            } else {
                throw problems.error(WRONG_DIMENSION, "a site index must be a site or an integer", indices.get(0));
            }
        } else {
            coordinates = new int[indices.size()];
            for (int i = 0; i < coordinates.length; i++) {
                coordinates[i] = integer(evaluate(indices.get(i)), indices.get(i), "a site coordinate");
            }
        }
        if (coordinates.length != lattice.dimension()) {
            throw problems.error(WRONG_DIMENSION, "'" + name + "' needs a " + lattice.dimension() + "-dimensional site on lattice "
                    + lattice.name() + ", not a " + coordinates.length + "-dimensional one", reference, HamPackage.Literals.REFERENCE__INDICES, 0);
        }
        int site = lattice.siteOrOutside(coordinates);
        if (site < 0) {
            throw new OutsideLattice(reference);
        }
        return site;
    }

    /** An integer index within [lo, hi] (vectors and range lets); outside is an error, not an omission. */
    private int vectorIndex(Reference reference, int lo, int hi, String name) {
        List<Expression> indices = reference.getIndices();
        if (indices.size() != 1) {
            throw problems.error(indices.isEmpty() ? MISSING_INDEX : WRONG_DIMENSION,
                    "'" + name + "' takes one index in " + lo + ".." + hi, reference);
        }
        int k = integer(evaluate(indices.get(0)), indices.get(0), "an index");
        if (k < lo || k > hi) {
            throw problems.error(INDEX_OUT_OF_RANGE, "index " + k + " is outside " + name + "'s range " + lo + ".." + hi, indices.get(0));
        }
        return k;
    }

    private void noIndices(Reference reference) {
        if (!reference.getIndices().isEmpty()) {
            throw problems.error(UNEXPECTED_INDEX, "'" + reference.getSymbol().getName() + "' takes no index", reference, HamPackage.Literals.REFERENCE__INDICES, 0);
        }
    }

    // ---- conversions ----

    private int integer(Value value, EObject at, String what) {
        double v;
        if (value instanceof Scalar s) {
            v = s.value();
        } else if (value instanceof Site site && site.dimension() == 1) {
            v = site.coordinates()[0];
        } else {
            throw problems.error(NOT_AN_INTEGER, what + " must be an integer", at);
        }
        if (v != Math.rint(v) || Math.abs(v) > 1 << 30) {
            throw problems.error(NOT_AN_INTEGER, what + " must be an integer, not " + PolynomialFormat.decimal(v), at);
        }
        return (int) v;
    }

    private Polynomial toPolynomial(Value value, EObject at) {
        if (value instanceof Poly p) {
            return p.polynomial();
        }
        if (value instanceof Scalar s) {
            return Polynomial.constant(s.value());
        }
        if (value instanceof Site site && site.dimension() == 1) {
            return Polynomial.constant(site.coordinates()[0]); // a chain index used as a number
        }
        if (value instanceof LatticeRef ref) {
            throw problems.error(LATTICE_AS_VALUE, "lattice '" + ref.lattice().getName() + "' is not a value; index a variable by its sites", at);
        }
        throw problems.error(SITE_AS_VALUE, "a site is not a value; use it as an index, e.g. s[a]", at);
    }

    private static String exampleTuple(int dimension) {
        return switch (dimension) {
        case 1 -> "1";
        case 2 -> "(1, 0)";
        default -> "(1, 0, 0)";
        };
    }

    private static String text(Reference reference) {
        var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(reference);
        return node == null ? reference.getSymbol().getName() : node.getText().trim();
    }
}
