package org.cheapnet.dsl.compiler.plan.construct;

import java.util.Optional;

import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * Univariate polynomials f(x) = sum_{i <= d} c_i x^i by Paterson and Stockmeyer: baby steps
 * x^2 .. x^k (k - 1 products, x^i = x^floor(i/2) x^ceil(i/2)), then Horner in y = x^k over
 * blocks, f = q_0 + y (q_1 + y (... + y q_top)), each block a free linear combination of
 * 1, x, .., x^(k-1) and the top block also of x^k. That takes ceil(d / k) - 1 = floor((d-1)/k)
 * giant products, so M = min over k of (k - 1) + floor((d - 1) / k).
 *
 * <p>The anchors' analytic.py charges (k - 1) + floor(d / k): one more when k divides d, because
 * its top block is a constant and the first giant step multiplies y by that constant, which is
 * scalar (free). E.g. d = 16: 6 here (k = 4), 7 in the anchors; d = 32: 10 both.
 */
public final class PatersonStockmeyer {

    private PatersonStockmeyer() {
    }

    /** Products for degree d >= 1 with baby steps up to x^k. */
    public static int cost(int degree, int k) {
        return (k - 1) + (degree - 1) / k;
    }

    /** The k in 1..d with the fewest products, the smallest such k. */
    public static int bestK(int degree) {
        int best = 1;
        for (int k = 2; k <= degree; k++) {
            if (cost(degree, k) < cost(degree, best)) {
                best = k;
            }
        }
        return best;
    }

    /** Empty unless p is a polynomial of degree >= 1 in exactly one input below inputCount. */
    public static Optional<Plan> of(Polynomial p, int inputCount) {
        if (p.atoms().size() != 1 || !Polynomials.overInputs(p, inputCount)) {
            return Optional.empty();
        }
        int x = p.atoms().iterator().next();
        int d = p.degree();
        double[] c = new double[d + 1];
        for (int t = 0; t < p.termCount(); t++) {
            c[p.monomial(t).degree()] = p.coefficientAt(t);
        }
        int k = bestK(d);
        ProgramBuilder program = new ProgramBuilder(inputCount);
        int[] power = new int[k + 1]; // plan value of x^i
        power[1] = x;
        for (int i = 2; i <= k; i++) {
            power[i] = program.product(LinearForm.of(power[i / 2]), LinearForm.of(power[i - i / 2]));
        }
        int blocks = (d - 1) / k; // giant products
        // top block: degrees blocks*k .. d (at most k + 1 coefficients)
        LinearForm acc = block(c, blocks * k, d, power);
        for (int j = blocks - 1; j >= 0; j--) {
            int product = program.product(acc, LinearForm.of(power[k]));
            acc = block(c, j * k, j * k + k - 1, power).plus(LinearForm.of(product));
        }
        Plan plan = program.build(acc);
        return Polynomials.CHECK.computes(plan, p, inputCount, Polynomials.BOX) ? Optional.of(plan) : Optional.empty();
    }

    /** sum_{i = from..to} c_i x^(i - from), a linear form of the baby steps. */
    private static LinearForm block(double[] c, int from, int to, int[] power) {
        LinearForm.Builder form = new LinearForm.Builder().addConstant(c[from]);
        for (int i = from + 1; i <= to; i++) {
            form.addTerm(power[i - from], c[i]);
        }
        return form.build();
    }
}
