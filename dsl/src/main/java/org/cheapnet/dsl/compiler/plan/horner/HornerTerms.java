package org.cheapnet.dsl.compiler.plan.horner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cheapnet.dsl.compiler.plan.AdditionChains;
import org.cheapnet.dsl.compiler.plan.LinearForm;
import org.cheapnet.dsl.compiler.poly.Monomial;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * A polynomial flattened for fast Horner evaluations: its terms of degree >= 2 as rows of an
 * exponent matrix over the variables that occur (local ids 0..n-1), with the hashing data
 * ({@link Mod61}) and lexicographic keys used to find a canonical leading term; its affine part
 * (constant and linear terms) apart, since linear combinations are free. Immutable except for a
 * cache of addition-sequence lengths.
 */
final class HornerTerms {

    final int variableCount;
    final int termCount;
    /** local variable -> input id. */
    final int[] atoms;
    /** exponents[t * variableCount + v]. */
    final int[] exponents;
    final double[] coefficients;
    final int[] degrees;
    /** phi(c_t) r(m_t) mod p. */
    final long[] hashes;
    /** 1 / phi(c_t) mod p. */
    final long[] inverseCoefficientResidues;
    /** rho_v^e and rho_v^-e mod p, for e up to the largest exponent of v. */
    final long[][] rhoPowers;
    final long[][] inverseRhoPowers;
    /** Exponent vectors packed so that unsigned comparison word by word is lexicographic order. */
    final long[] lexKeys;
    final int lexWords;
    /** Terms that contain each variable. */
    final int[] occurrences;
    /** The constant and linear terms of the polynomial, over input ids. */
    final LinearForm affinePart;

    private final Map<BitSet, Integer> chainLengths = new HashMap<>();

    HornerTerms(Polynomial p) {
        List<Integer> present = new ArrayList<>(p.atoms());
        variableCount = present.size();
        atoms = present.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> local = new HashMap<>();
        for (int v = 0; v < atoms.length; v++) {
            local.put(atoms[v], v);
        }
        LinearForm.Builder affine = new LinearForm.Builder();
        List<Integer> nonlinear = new ArrayList<>();
        for (int i = 0; i < p.termCount(); i++) {
            Monomial m = p.monomial(i);
            if (m.degree() == 0) {
                affine.addConstant(p.coefficientAt(i));
            } else if (m.degree() == 1) {
                affine.addTerm(m.atom(0), p.coefficientAt(i));
            } else {
                nonlinear.add(i);
            }
        }
        affinePart = affine.build();
        termCount = nonlinear.size();
        exponents = new int[termCount * variableCount];
        coefficients = new double[termCount];
        degrees = new int[termCount];
        int[] largest = new int[variableCount];
        occurrences = new int[variableCount];
        for (int t = 0; t < termCount; t++) {
            Monomial m = p.monomial(nonlinear.get(t));
            coefficients[t] = p.coefficientAt(nonlinear.get(t));
            degrees[t] = m.degree();
            for (int k = 0; k < m.size(); k++) {
                int v = local.get(m.atom(k));
                exponents[t * variableCount + v] = m.exponent(k);
                largest[v] = Math.max(largest[v], m.exponent(k));
                occurrences[v]++;
            }
        }
        SplittableRandom random = new SplittableRandom(0x5eed_4a11_c0ffeeL); // fixed: deterministic hashes
        rhoPowers = new long[variableCount][];
        inverseRhoPowers = new long[variableCount][];
        for (int v = 0; v < variableCount; v++) {
            long rho = 2 + random.nextLong(Mod61.P - 2);
            long inverse = Mod61.inverse(rho);
            rhoPowers[v] = new long[largest[v] + 1];
            inverseRhoPowers[v] = new long[largest[v] + 1];
            rhoPowers[v][0] = 1;
            inverseRhoPowers[v][0] = 1;
            for (int e = 1; e <= largest[v]; e++) {
                rhoPowers[v][e] = Mod61.mul(rhoPowers[v][e - 1], rho);
                inverseRhoPowers[v][e] = Mod61.mul(inverseRhoPowers[v][e - 1], inverse);
            }
        }
        hashes = new long[termCount];
        inverseCoefficientResidues = new long[termCount];
        for (int t = 0; t < termCount; t++) {
            long residue = Mod61.of(coefficients[t]);
            long hash = residue;
            for (int v = 0; v < variableCount; v++) {
                hash = Mod61.mul(hash, rhoPowers[v][exponent(t, v)]);
            }
            hashes[t] = hash;
            inverseCoefficientResidues[t] = Mod61.inverse(residue);
        }
        int maxExponent = 1;
        for (int e : largest) {
            maxExponent = Math.max(maxExponent, e);
        }
        int bits = 32 - Integer.numberOfLeadingZeros(maxExponent);
        int perWord = 64 / bits;
        lexWords = Math.max(1, (variableCount + perWord - 1) / perWord);
        lexKeys = new long[termCount * lexWords];
        for (int t = 0; t < termCount; t++) {
            for (int v = 0; v < variableCount; v++) {
                int shift = (perWord - 1 - v % perWord) * bits;
                lexKeys[t * lexWords + v / perWord] |= (long) exponent(t, v) << shift;
            }
        }
    }

    int exponent(int term, int variable) {
        return exponents[term * variableCount + variable];
    }

    /** True when term a comes before term b in lexicographic order of exponent vectors; -1 is after every term. */
    boolean lexBefore(int a, int b) {
        if (b < 0) {
            return a >= 0;
        }
        if (a < 0) {
            return false;
        }
        for (int w = 0; w < lexWords; w++) {
            int c = Long.compareUnsigned(lexKeys[a * lexWords + w], lexKeys[b * lexWords + w]);
            if (c != 0) {
                return c < 0;
            }
        }
        return false;
    }

    /** The length of one shortest addition sequence producing every exponent in the set (all >= 2). */
    int additionSequenceLength(BitSet exponentSet) {
        Integer known = chainLengths.get(exponentSet);
        if (known != null) {
            return known;
        }
        int length = AdditionChains.extend(new int[] { 1 }, exponentSet.stream().toArray()).length;
        chainLengths.put((BitSet) exponentSet.clone(), length);
        return length;
    }
}
