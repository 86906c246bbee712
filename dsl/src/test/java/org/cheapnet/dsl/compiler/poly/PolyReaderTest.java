package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cheapnet.dsl.compiler.poly.PolyReader.PolyFile;
import org.cheapnet.dsl.compiler.poly.PolyReader.PolyFormatException;
import org.junit.jupiter.api.Test;

/** The anchors' .poly format (shared/anchors/README.md), read into a space of real scalars and a polynomial. */
class PolyReaderTest {

    @Test
    void everyFormOfTheReadmeExample() {
        PolyFile file = PolyReader.parse("""
                # comment (also after '#' at the end of a line)
                @family ising2d          # optional metadata lines '@key value'
                @args 3
                vars: s0c0 s0c1 s0c2     # fixes variable order
                -1 s0c0*s0c1
                3/2 x1^2*x2
                0.25 y                   # decimals
                -7                       # constant term
                x1*x2                    # coefficient omitted = 1
                """);
        assertEquals(List.of("s0c0", "s0c1", "s0c2", "x1", "x2", "y"), file.names());
        assertEquals(Map.of("family", "ising2d", "args", "3"), file.metadata());
        assertEquals(6, file.space().inputCount());
        assertEquals("x1", file.space().label(3));
        assertEquals(VariableKind.REAL, file.space().kind(5));
        Polynomial p = file.polynomial();
        assertEquals(5, p.termCount());
        assertEquals(-1, p.coefficient(Monomial.of(new int[] { 0, 1 }, new int[] { 1, 1 })));
        assertEquals(1.5, p.coefficient(Monomial.of(new int[] { 3, 4 }, new int[] { 2, 1 })));
        assertEquals(0.25, p.coefficient(Monomial.of(5)));
        assertEquals(-7, p.constantTerm());
        assertEquals(1, p.coefficient(Monomial.of(new int[] { 3, 4 }, new int[] { 1, 1 })));
        // -s0c0 s0c1 + 1.5 x1^2 x2 + 0.25 y - 7 + x1 x2 at a point, by hand
        double[] x = { 0.5, -2, 9, 3, -1, 4 };
        assertEquals(1 - 13.5 + 1 - 7 - 3, p.evaluate(x), 1e-12);
    }

    @Test
    void signsAloneRepeatedMonomialsAndTheConstantMonomial() {
        PolyFile file = PolyReader.parse("+ a\n- b^2\n2 a\n3 1\n1 b^0*c\n5 c*a\n-5 a*c\n");
        Polynomial p = file.polynomial();
        assertEquals(List.of("a", "b", "c"), file.names(), "order of first appearance without a vars: line");
        assertEquals(3, p.coefficient(Monomial.of(0)), "repeated monomials are summed");
        assertEquals(-1, p.coefficient(Monomial.of(1, 2)));
        assertEquals(3, p.constantTerm());
        assertEquals(1, p.coefficient(Monomial.of(2)), "b^0 is 1");
        assertEquals(4, p.termCount(), "5 ca - 5 ac cancel");
    }

    @Test
    void rationalsAndDecimalsAreExactWhereDoublesAre() {
        Polynomial p = PolyReader.parse("-3/4 x\n1e-3 y\n.5 z\n").polynomial();
        assertEquals(-0.75, p.coefficient(Monomial.of(0)));
        assertEquals(0.001, p.coefficient(Monomial.of(1)));
        assertEquals(0.5, p.coefficient(Monomial.of(2)));
        assertEquals(1.0 / 3, PolyReader.parse("1/3 x").polynomial().coefficient(Monomial.of(0)));
    }

    @Test
    void badLinesNameTheirLineNumber() {
        assertError("x\n2 y_1\n", 2, "bad variable name 'y_1'");
        assertError("# c\n\n1 x^-2\n", 3, "bad exponent '-2'");
        assertError("1 x**y\n", 1, "empty factor");
        assertError("1/0 x\n", 1, "zero denominator");
        assertError("vars: a 1b\n", 1, "bad variable name '1b'");
    }

    private static void assertError(String text, int line, String message) {
        PolyFormatException e = assertThrows(PolyFormatException.class, () -> PolyReader.parse(text));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
