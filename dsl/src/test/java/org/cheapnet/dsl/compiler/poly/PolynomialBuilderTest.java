package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolynomialBuilderTest {

    @Test
    void collectsLikeTermsAndDropsCancellations() {
        PolynomialBuilder builder = new PolynomialBuilder()
                .add(Monomial.of(1), 2)
                .add(Monomial.of(0), 1)
                .add(Polynomial.atom(1), -2)
                .add(Polynomial.constant(3))
                .add(Monomial.of(0), 0.5);
        assertEquals(3, builder.termCount());
        Polynomial p = builder.build();
        assertEquals(Polynomial.constant(3).plus(Polynomial.atom(0).times(1.5)), p);
        assertEquals(2, p.termCount());
    }

    @Test
    void buildsTheSameSumAsRepeatedPlus() {
        PolynomialBuilder builder = new PolynomialBuilder();
        Polynomial sum = Polynomial.zero();
        for (int i = 0; i < 200; i++) {
            Polynomial term = Polynomial.atom(i % 17).times(Polynomial.atom((7 * i) % 13)).times(i % 5 - 2);
            builder.add(term);
            sum = sum.plus(term);
        }
        assertEquals(sum, builder.build());
    }

    @Test
    void aMillionTermsAreSummedQuickly() {
        PolynomialBuilder builder = new PolynomialBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            builder.add(Monomial.of(i % 100_000).times(Monomial.of(100_000 + i % 3)), 1);
        }
        Polynomial p = builder.build();
        assertEquals(300_000, p.termCount());
        assertTrue(p.monomial(0).compareTo(p.monomial(1)) < 0);
    }
}
