package org.cheapnet.dsl.compiler.plan.horner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.plan.AdditionChains;
import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Step;

/**
 * The multivariate Horner scheme of one variable order, with common subexpressions shared, and its
 * cost in non-scalar multiplications; or the same scheme emitted as a {@link Plan}.
 *
 * <p>A node is a polynomial N of terms of degree >= 2 (its affine part is free). It is split by
 * a variable x chosen by the scheme's {@link SplitRule}: N = g_0 + x^d1 (H_1 - c_1) + c_1 x^d1 with H_i = g_ki + x^d(i+1)
 * H_(i+1), the g_k free of x and c_i the constant of g_ki. Each product x^di (H_i - c_i) is one
 * multiplication; the coefficients g_k are nodes again (their nonlinear parts). Powers x^d come
 * from one shortest addition sequence per variable. Value numbering: nodes and products are keyed
 * by the polynomial they compute up to a constant factor (a hash, see {@link Mod61}), so a
 * sub-polynomial met again anywhere costs nothing. The walk is depth first, outer products first,
 * and emission repeats exactly the walk of counting, so both agree on what is shared.
 */
final class HornerScheme {

    private final HornerTerms terms;
    private final int[] order;
    private final SplitRule rule;
    /** Nodes whose first variable sits at this order position or later are summed term by term. */
    private final int flatFrom;
    private final int[] position;
    private final long[] hashes;
    private final int[] degrees;
    private final boolean[] removed;
    private final LongSet nodes = new LongSet();
    private final LongSet products = new LongSet();
    private final BitSet[] powers;
    private int productCount;
    private final Emitter emitter;

    private HornerScheme(HornerTerms terms, HornerOrder scheme, Emitter emitter) {
        this.terms = terms;
        this.order = scheme.order();
        this.rule = scheme.rule();
        this.flatFrom = scheme.flatFrom();
        this.position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        this.hashes = terms.hashes.clone();
        this.degrees = terms.degrees.clone();
        this.removed = new boolean[terms.variableCount];
        this.powers = new BitSet[terms.variableCount];
        for (int v = 0; v < powers.length; v++) {
            powers[v] = new BitSet();
        }
        this.emitter = emitter;
    }

    /** M of the scheme: products plus the addition sequences of the powers. */
    static int cost(HornerTerms terms, HornerOrder order) {
        HornerScheme scheme = new HornerScheme(terms, order, null);
        scheme.visitRoot();
        return scheme.multiplications();
    }

    /** The scheme as a plan over inputCount inputs, with one output: the polynomial. */
    static Plan plan(HornerTerms terms, int inputCount, HornerOrder order) {
        HornerScheme counting = new HornerScheme(terms, order, null);
        counting.visitRoot();
        Emitter emitter = new Emitter(terms, inputCount, counting.powers);
        HornerScheme emitting = new HornerScheme(terms, order, emitter);
        LinearForm root = emitting.visitRoot();
        return new Plan(inputCount, emitter.steps, List.of(terms.affinePart.plus(root)));
    }

    private int multiplications() {
        int m = productCount;
        for (BitSet exponents : powers) {
            if (!exponents.isEmpty()) {
                m += terms.additionSequenceLength(exponents);
            }
        }
        return m;
    }

    private LinearForm visitRoot() {
        int[] all = new int[terms.termCount];
        Arrays.setAll(all, t -> t);
        return all.length == 0 ? LinearForm.zero() : visit(all);
    }

    /** Computes the node (the polynomial of these terms, all of degree >= 2); its exact form when emitting. */
    private LinearForm visit(int[] set) {
        long sum = 0;
        int lead = -1;
        for (int t : set) {
            sum = Mod61.add(sum, hashes[t]);
            if (terms.lexBefore(t, lead)) {
                lead = t;
            }
        }
        long key = Mod61.mul(sum, terms.inverseCoefficientResidues[lead]);
        if (!nodes.add(key)) {
            return emitter == null ? null : emitter.known(emitter.nodes, key, terms.coefficients[lead]);
        }
        int x = chooseVariable(set);
        if (set.length > 1 && position[x] >= flatFrom) {
            return sumOfTerms(key, lead, set);
        }
        int[][] groups = groupByExponent(set, x);
        int top = groups.length - 1;
        long[] groupSums = new long[top + 1];
        int[] constants = new int[top + 1];
        int[] leads = new int[top + 1];
        int[] chain = new int[top];
        int m = 0;
        for (int e = 0; e <= top; e++) {
            constants[e] = -1;
            leads[e] = -1;
            for (int t : groups[e]) {
                groupSums[e] = Mod61.add(groupSums[e], hashes[t]);
                if (degrees[t] == e) {
                    constants[e] = t; // the term c x^e
                } else if (terms.lexBefore(t, leads[e])) {
                    leads[e] = t;
                }
            }
            if (e > 0 && groups[e].length > 0) {
                chain[m++] = e;
            }
        }
        // product i computes x^(k_i - k_(i-1)) (H_i - c_i): the terms with x^(>= k_i) but c_i x^k_i, divided by x^k_(i-1)
        long[] productKeys = new long[m];
        int[] productLeads = new int[m];
        long suffixSum = 0;
        int suffixLead = -1;
        for (int i = m - 1; i >= 0; i--) {
            int e = chain[i];
            int previous = i == 0 ? 0 : chain[i - 1];
            int productLead = terms.lexBefore(suffixLead, leads[e]) ? suffixLead : leads[e];
            productLeads[i] = productLead;
            if (productLead >= 0) {
                long s = Mod61.add(suffixSum, constants[e] < 0 ? groupSums[e] : Mod61.sub(groupSums[e], hashes[constants[e]]));
                productKeys[i] = Mod61.mul(Mod61.mul(s, terms.inverseRhoPowers[x][previous]),
                        terms.inverseCoefficientResidues[productLead]);
            }
            suffixSum = Mod61.add(suffixSum, groupSums[e]);
            suffixLead = terms.lexBefore(productLead, suffixLead) ? productLead : suffixLead;
            suffixLead = terms.lexBefore(constants[e], suffixLead) ? constants[e] : suffixLead;
        }
        for (int e = 1; e <= top; e++) {
            for (int t : groups[e]) {
                hashes[t] = Mod61.mul(hashes[t], terms.inverseRhoPowers[x][e]);
                degrees[t] -= e;
            }
        }
        removed[x] = true;
        LinearForm g0 = groups[0].length > 0 ? visit(groups[0]) : LinearForm.zero();
        LinearForm inner = LinearForm.zero();
        LinearForm[] coefficientForms = new LinearForm[m];
        LinearForm[] linearParts = new LinearForm[m];
        int claimed = 0;
        for (int i = 0; i < m; i++) {
            int e = chain[i];
            int d = e - (i == 0 ? 0 : chain[i - 1]);
            if (constants[e] >= 0) {
                needPower(x, d);
            }
            if (productLeads[i] < 0) {
                break; // H_i is the constant c_i
            }
            if (!products.add(productKeys[i])) {
                if (emitter != null) {
                    inner = emitter.known(emitter.products, productKeys[i], terms.coefficients[productLeads[i]]);
                }
                break;
            }
            productCount++;
            needPower(x, d);
            claimed = i + 1;
            int[] nonlinear = Arrays.stream(groups[e]).filter(t -> degrees[t] >= 2).toArray();
            if (emitter != null) {
                linearParts[i] = linearPart(groups[e]); // before the visit lowers the degrees of deeper terms
            }
            coefficientForms[i] = nonlinear.length > 0 ? visit(nonlinear) : LinearForm.zero();
        }
        LinearForm result = null;
        if (emitter != null) {
            for (int i = claimed - 1; i >= 0; i--) {
                int e = chain[i];
                int d = e - (i == 0 ? 0 : chain[i - 1]);
                LinearForm.Builder operand = new LinearForm.Builder().add(coefficientForms[i], 1).add(inner, 1)
                        .add(linearParts[i], 1);
                if (i + 1 < m && constants[chain[i + 1]] >= 0) {
                    operand.add(emitter.power(x, chain[i + 1] - e), terms.coefficients[constants[chain[i + 1]]]);
                }
                inner = emitter.product(productKeys[i], terms.coefficients[productLeads[i]], emitter.power(x, d),
                        operand.build());
            }
            LinearForm.Builder node = new LinearForm.Builder().add(g0, 1).add(inner, 1);
            if (m > 0 && constants[chain[0]] >= 0) {
                node.add(emitter.power(x, chain[0]), terms.coefficients[constants[chain[0]]]);
            }
            result = node.build();
            emitter.nodes.put(key, new Emitter.Known(result, terms.coefficients[lead]));
        }
        removed[x] = false;
        return result;
    }

    /** The node as the sum of its terms, each a node of its own (so monomials are shared by value). */
    private LinearForm sumOfTerms(long key, int lead, int[] set) {
        LinearForm.Builder sum = emitter == null ? null : new LinearForm.Builder();
        for (int t : set) {
            LinearForm term = visit(new int[] { t });
            if (sum != null) {
                sum.add(term, 1);
            }
        }
        if (sum == null) {
            return null;
        }
        LinearForm result = sum.build();
        emitter.nodes.put(key, new Emitter.Known(result, terms.coefficients[lead]));
        return result;
    }

    /** The variable the node is split by: see {@link SplitRule}; for one term, a split that reuses a product. */
    private int chooseVariable(int[] set) {
        if (set.length == 1) {
            int v = reusableSplit(set[0]);
            if (v >= 0) {
                return v;
            }
        }
        if (rule == SplitRule.MOST_FREQUENT) {
            return mostFrequent(set);
        }
        if (rule == SplitRule.COMMON_FACTOR_FIRST) {
            for (int v : order) {
                if (!removed[v] && dividesAll(v, set)) {
                    return v;
                }
            }
        }
        for (int v : order) {
            if (!removed[v]) {
                for (int t : set) {
                    if (terms.exponent(t, v) > 0) {
                        return v;
                    }
                }
            }
        }
        throw new IllegalStateException("a node of degree >= 2 without variables");
    }

    /**
     * For a single term c m: the first variable v of the order such that m / v^e (e its exponent)
     * is already computed or is a single variable, so that m costs one product; -1 if none.
     */
    private int reusableSplit(int t) {
        long monomial = Mod61.mul(hashes[t], terms.inverseCoefficientResidues[t]);
        for (int v : order) {
            int e = terms.exponent(t, v);
            if (removed[v] || e == 0) {
                continue;
            }
            int restDegree = degrees[t] - e;
            if (restDegree == 1 || restDegree >= 2
                    && products.contains(Mod61.mul(monomial, terms.inverseRhoPowers[v][e]))) {
                return v;
            }
        }
        return -1;
    }

    private int mostFrequent(int[] set) {
        int chosen = -1;
        int most = 0;
        for (int v : order) {
            if (!removed[v]) {
                int count = 0;
                for (int t : set) {
                    if (terms.exponent(t, v) > 0) {
                        count++;
                    }
                }
                if (count > most) {
                    most = count;
                    chosen = v;
                }
            }
        }
        return chosen;
    }

    private boolean dividesAll(int v, int[] set) {
        for (int t : set) {
            if (terms.exponent(t, v) == 0) {
                return false;
            }
        }
        return true;
    }

    /** groups[e] = the terms with x^e, for e = 0 .. the largest exponent. */
    private int[][] groupByExponent(int[] set, int x) {
        int top = 0;
        for (int t : set) {
            top = Math.max(top, terms.exponent(t, x));
        }
        int[] counts = new int[top + 1];
        for (int t : set) {
            counts[terms.exponent(t, x)]++;
        }
        int[][] groups = new int[top + 1][];
        for (int e = 0; e <= top; e++) {
            groups[e] = new int[counts[e]];
            counts[e] = 0;
        }
        for (int t : set) {
            int e = terms.exponent(t, x);
            groups[e][counts[e]++] = t;
        }
        return groups;
    }

    /** The sum of the terms of degree 1 among these, over input ids. */
    private LinearForm linearPart(int[] group) {
        LinearForm.Builder linear = new LinearForm.Builder();
        for (int t : group) {
            if (degrees[t] == 1) {
                linear.addTerm(terms.atoms[remainingVariable(t)], terms.coefficients[t]);
            }
        }
        return linear.build();
    }

    /** The variable of a term whose current monomial is a single variable. */
    private int remainingVariable(int t) {
        for (int v = 0; v < terms.variableCount; v++) {
            if (!removed[v] && terms.exponent(t, v) > 0) {
                return v;
            }
        }
        throw new IllegalStateException("term " + t + " has no variable left");
    }

    private void needPower(int x, int d) {
        if (d >= 2) {
            powers[x].set(d);
        }
    }

    /** Steps, the powers of each variable, and the forms of the nodes and products computed so far. */
    private static final class Emitter {
        /** A computed polynomial's form and the coefficient of its leading term, to rescale a proportional one. */
        record Known(LinearForm form, double leadCoefficient) {
        }

        final HornerTerms terms;
        final int inputCount;
        final List<Step> steps = new ArrayList<>();
        final Map<Long, Known> nodes = new HashMap<>();
        final Map<Long, Known> products = new HashMap<>();
        /** powerForms.get(v).get(e) = x_v^e, for the exponents the scheme uses. */
        private final List<Map<Integer, LinearForm>> powerForms = new ArrayList<>();

        Emitter(HornerTerms terms, int inputCount, BitSet[] exponents) {
            this.terms = terms;
            this.inputCount = inputCount;
            for (int v = 0; v < terms.variableCount; v++) {
                Map<Integer, LinearForm> known = new HashMap<>();
                known.put(1, LinearForm.of(terms.atoms[v]));
                powerForms.add(known);
                if (exponents[v].isEmpty()) {
                    continue;
                }
                for (int e : AdditionChains.extend(new int[] { 1 }, exponents[v].stream().toArray())) {
                    int half = e / 2;
                    while (!(known.containsKey(half) && known.containsKey(e - half))) {
                        half--; // the sequence guarantees some split; a square when e/2 is known
                    }
                    known.put(e, append(known.get(e - half), known.get(half)));
                }
            }
        }

        LinearForm power(int v, int e) {
            return powerForms.get(v).get(e);
        }

        LinearForm known(Map<Long, Known> memo, long key, double leadCoefficient) {
            Known known = memo.get(key);
            return known.form().times(leadCoefficient / known.leadCoefficient());
        }

        LinearForm product(long key, double leadCoefficient, LinearForm left, LinearForm right) {
            LinearForm form = append(left, right);
            products.put(key, new Known(form, leadCoefficient));
            return form;
        }

        private LinearForm append(LinearForm left, LinearForm right) {
            steps.add(new Step.Product(left, right));
            return LinearForm.of(inputCount + steps.size() - 1);
        }
    }
}
