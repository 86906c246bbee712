package org.cheapnet.dsl.compiler.symmetry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One term of a unit cell: coefficient times the product of the factors, each at its offset from
 * the cell. The factors name distinct (variable, site) pairs, sorted by offset (lexicographic)
 * and then by the variables' declaration order.
 *
 * @param coefficient the weight per cell (already divided by the term's stabilizer, see
 *                    {@link TranslationTemplates})
 * @param factors     at least one, copied
 */
public record TemplateTerm(double coefficient, List<TemplateFactor> factors) {

    public TemplateTerm {
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a template term needs a factor; constants are kept apart");
        }
    }

    /** The total degree, the sum of the exponents. */
    public int degree() {
        return factors.stream().mapToInt(TemplateFactor::exponent).sum();
    }

    /** E.g. "-1.0 s[c]*s[c+(1,0)]". */
    @Override
    public String toString() {
        return coefficient + " " + factors.stream().map(TemplateFactor::toString).collect(Collectors.joining("*"));
    }
}
