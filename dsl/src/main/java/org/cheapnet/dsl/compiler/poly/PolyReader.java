package org.cheapnet.dsl.compiler.poly;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the anchors' {@code .poly} text format (shared/anchors/README.md, polyfmt.py): one term
 * per line, "COEFFICIENT MONOMIAL"; '#' starts a comment; "@key value" lines are metadata; a
 * "vars:" line fixes the variable order (otherwise the order of first appearance); coefficients
 * are integers, rationals p/q or decimals, '+'/'-' alone mean +-1, an omitted coefficient is 1;
 * a monomial is factors {@code name} or {@code name^e} joined by '*', "1" is the constant;
 * repeated monomials are summed. Every variable becomes a real scalar input in [-1, 1].
 */
public final class PolyReader {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern COEFFICIENT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?(/\\d+)?|[+-]");

    /** A read file: the space of its variables (atom i = the i-th name), the polynomial and the metadata. */
    public record PolyFile(VariableSpace space, Polynomial polynomial, List<String> names, Map<String, String> metadata) {
    }

    /** Bad input, with the 1-based line number in the message. */
    public static final class PolyFormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        PolyFormatException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> atoms = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<Monomial> monomials = new ArrayList<>();
    private final List<Double> coefficients = new ArrayList<>();

    private PolyReader() {
    }

    public static PolyFile read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** @throws PolyFormatException on a bad line */
    public static PolyFile parse(String text) {
        PolyReader reader = new PolyReader();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.line(i + 1, lines[i]);
        }
        return reader.result();
    }

    private void line(int number, String raw) {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("vars:")) {
            for (String name : line.substring(5).strip().split("\\s+")) {
                if (!name.isEmpty()) {
                    atomOf(name, number);
                }
            }
        } else if (line.startsWith("@")) {
            String[] keyValue = line.substring(1).split("\\s+", 2);
            metadata.put(keyValue[0], keyValue.length > 1 ? keyValue[1].strip() : "");
        } else {
            term(number, line);
        }
    }

    private void term(int number, String line) {
        String[] parts = line.split("\\s+", 2);
        double coefficient;
        String monomial;
        if (COEFFICIENT.matcher(parts[0]).matches()) {
            coefficient = coefficient(parts[0], number);
            monomial = parts.length > 1 ? parts[1] : "";
        } else {
            coefficient = 1;
            monomial = line;
        }
        monomials.add(monomial(monomial.strip(), number));
        coefficients.add(coefficient);
    }

    private static double coefficient(String text, int number) {
        if (text.equals("+")) {
            return 1;
        }
        if (text.equals("-")) {
            return -1;
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new BigDecimal(text).doubleValue();
        }
        BigDecimal denominator = new BigDecimal(text.substring(slash + 1));
        if (denominator.signum() == 0) {
            throw new PolyFormatException(number, "zero denominator in '" + text + "'");
        }
        return new BigDecimal(text.substring(0, slash)).divide(denominator, MathContext.DECIMAL128).doubleValue();
    }

    private Monomial monomial(String text, int number) {
        if (text.isEmpty() || text.equals("1")) {
            return Monomial.ONE;
        }
        String[] factors = text.split("\\*", -1);
        int[] atomIds = new int[factors.length];
        int[] exponents = new int[factors.length];
        for (int f = 0; f < factors.length; f++) {
            String factor = factors[f].strip();
            if (factor.isEmpty()) {
                throw new PolyFormatException(number, "empty factor in '" + text + "'");
            }
            String name = factor;
            int exponent = 1;
            int caret = factor.indexOf('^');
            if (caret >= 0) {
                name = factor.substring(0, caret).strip();
                String power = factor.substring(caret + 1).strip();
                if (!power.matches("\\d{1,9}")) {
                    throw new PolyFormatException(number, "bad exponent '" + power + "' in '" + text + "'");
                }
                exponent = Integer.parseInt(power);
            }
            atomIds[f] = atomOf(name, number);
            exponents[f] = exponent;
        }
        return Monomial.of(atomIds, exponents);
    }

    private int atomOf(String name, int number) {
        if (!NAME.matcher(name).matches()) {
            throw new PolyFormatException(number, "bad variable name '" + name + "'");
        }
        return atoms.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    private PolyFile result() {
        List<VariableDeclaration> inputs = new ArrayList<>();
        for (String name : names) {
            inputs.add(VariableDeclaration.scalar(name, VariableKind.REAL, -1, 1));
        }
        PolynomialBuilder builder = new PolynomialBuilder();
        for (int t = 0; t < monomials.size(); t++) {
            builder.add(monomials.get(t), coefficients.get(t));
        }
        return new PolyFile(new VariableSpace(inputs), builder.build(), List.copyOf(names),
                Collections.unmodifiableMap(metadata));
    }
}
