package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PolynomialFormatTest {

    @Test
    void decimalsArePlainAndShort() {
        assertEquals("2", PolynomialFormat.decimal(2.0));
        assertEquals("-0.25", PolynomialFormat.decimal(-0.25));
        assertEquals("0.00001", PolynomialFormat.decimal(1.0E-5));
        assertEquals("150000000000000000000", PolynomialFormat.decimal(1.5E20));
        assertEquals("100", PolynomialFormat.decimal(100));
        assertEquals("0.1", PolynomialFormat.decimal(0.1));
        assertEquals("0.30000000000000004", PolynomialFormat.decimal(0.1 + 0.2));
        assertEquals("0", PolynomialFormat.decimal(0.0));
        assertEquals("-0", PolynomialFormat.decimal(-0.0));
        assertEquals("NaN", PolynomialFormat.decimal(Double.NaN));
        assertEquals("-Infinity", PolynomialFormat.decimal(Double.NEGATIVE_INFINITY));
        // JDK 17 prints 2.0E-3 correctly but 1.0E23 as "1.0E23"; both have one significant digit
        assertEquals("100000000000000000000000", PolynomialFormat.decimal(1.0E23));
    }

    @Test
    void decimalsParseBackToTheSameDouble() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());     // anything, tiny to huge
                case 1 -> random.nextGaussian();
                case 2 -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
                default -> Math.scalb(random.nextDouble(), random.nextInt(2098) - 1074);
            };
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String text = PolynomialFormat.decimal(v);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
            assertFalse(text.contains("E") || text.contains("e"), text);
            assertFalse(text.endsWith(".0") || text.contains(".") && text.endsWith("0"), text);
            int digits = new BigDecimal(text).stripTrailingZeros().precision();
            assertTrue(digits <= new BigDecimal(Double.toString(v)).stripTrailingZeros().precision(), text);
        }
        for (double v : new double[] {Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, -Double.MIN_VALUE}) {
            assertEquals(v, Double.parseDouble(PolynomialFormat.decimal(v)));
        }
    }

    @Test
    void expandWritesOneTermPerLineInCanonicalOrder() {
        LatticeGeometry chain = new LatticeGeometry("chain", new int[] {3}, true);
        VariableSpace space = new VariableSpace(List.of(
                VariableDeclaration.onLattice("s", VariableKind.SPIN, chain, -1, 1),
                VariableDeclaration.scalar("x", VariableKind.REAL, -2, 2)));
        Polynomial p = new PolynomialBuilder()
                .add(Monomial.of(3, 2), 0.5)
                .add(Monomial.of(0).times(Monomial.of(1)), -1)
                .add(Monomial.ONE, 2)
                .add(Monomial.of(2), 1e-5)
                .build();
        assertEquals("2\n0.00001 s[2]\n-1 s[0]*s[1]\n0.5 x^2\n", PolynomialFormat.expand(p, space));
        assertEquals("0\n", PolynomialFormat.expand(Polynomial.zero(), space));
        assertEquals("s[0]*x^2", PolynomialFormat.monomial(Monomial.of(0).times(Monomial.of(3, 2)), space));
    }
}
