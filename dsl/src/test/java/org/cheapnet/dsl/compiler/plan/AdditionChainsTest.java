package org.cheapnet.dsl.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Addition sequences against an exhaustive breadth-first search over SETS of exponents (no order,
 * no pruning but the largest target), and against the published l(n).
 */
class AdditionChainsTest {

    /** l(n) for n = 1..32, OEIS A003313. */
    private static final int[] PUBLISHED = { 0, 1, 2, 2, 3, 3, 4, 3, 4, 4, 5, 4, 5, 5, 5, 4, 5, 5, 6, 5, 6, 6, 6, 5,
            6, 6, 6, 6, 7, 6, 7, 5 };

    @Test
    void singleExponentsUpTo32AreShortestChains() {
        for (int n = 1; n <= 32; n++) {
            int[] chain = AdditionChains.extend(new int[] { 1 }, new int[] { n });
            assertValid(new int[] { 1 }, new int[] { n }, chain);
            int optimum = breadthFirstOptimum(new int[] { 1 }, new int[] { n });
            assertEquals(PUBLISHED[n - 1], optimum, "the brute force disagrees with OEIS at " + n);
            assertEquals(optimum, chain.length, "length for " + n);
        }
    }

    @Test
    void targetSetsAreShortestSequences() {
        Random random = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            int[] targets = random.ints(1 + random.nextInt(4), 2, 25).sorted().distinct().toArray();
            int[] sequence = AdditionChains.extend(new int[] { 1 }, targets);
            assertValid(new int[] { 1 }, targets, sequence);
            assertEquals(breadthFirstOptimum(new int[] { 1 }, targets), sequence.length, Arrays.toString(targets));
        }
    }

    @Test
    void extendsWhatIsAlreadyKnown() {
        Random random = new Random(12);
        for (int trial = 0; trial < 40; trial++) {
            TreeSet<Integer> knownSet = new TreeSet<>(Set.of(1));
            // a valid known set: a random chain
            for (int k = random.nextInt(4); k > 0; k--) {
                Integer[] elements = knownSet.toArray(new Integer[0]);
                knownSet.add(elements[random.nextInt(elements.length)] + elements[random.nextInt(elements.length)]);
            }
            int[] known = knownSet.stream().mapToInt(Integer::intValue).toArray();
            int[] targets = random.ints(1 + random.nextInt(3), 2, 25).sorted().distinct().toArray();
            int[] sequence = AdditionChains.extend(known, targets);
            assertValid(known, targets, sequence);
            assertEquals(breadthFirstOptimum(known, targets), sequence.length,
                    Arrays.toString(known) + " -> " + Arrays.toString(targets));
        }
    }

    @Test
    void theAnchorsExamples() {
        assertEquals(3, AdditionChains.extend(new int[] { 1 }, new int[] { 2, 3, 5 }).length);
        assertEquals(5, AdditionChains.extend(new int[] { 1 }, new int[] { 15 }).length);
        // l(127) = 10, l(191) = 11 (Knuth, TAOCP 4.6.3)
        assertEquals(10, AdditionChains.extend(new int[] { 1 }, new int[] { 127 }).length);
        assertEquals(11, AdditionChains.extend(new int[] { 1 }, new int[] { 191 }).length);
    }

    @Test
    void largeExponentsGiveValidSequencesNoLongerThanTheBinaryMethod() {
        for (int n : new int[] { 255, 300, 1000, 1023, 65535, 1_000_003 }) {
            int[] chain = AdditionChains.extend(new int[] { 1 }, new int[] { n });
            assertValid(new int[] { 1 }, new int[] { n }, chain);
            int bits = 31 - Integer.numberOfLeadingZeros(n);
            assertTrue(chain.length <= bits + Integer.bitCount(n) - 1, "binary method bound at " + n);
            assertTrue(chain.length >= bits, "nothing beats log2 at " + n);
        }
    }

    /** Each new element is the sum of two earlier ones, ascending, and every target ends up known. */
    private static void assertValid(int[] known, int[] targets, int[] sequence) {
        Set<Integer> have = new HashSet<>();
        Arrays.stream(known).forEach(have::add);
        for (int element : sequence) {
            boolean sum = have.stream().anyMatch(a -> have.contains(element - a));
            assertTrue(sum, element + " is no sum of " + have);
            assertTrue(have.add(element), element + " twice");
        }
        for (int target : targets) {
            assertTrue(have.contains(target), "target " + target + " missing from " + Arrays.toString(sequence));
        }
    }

    /**
     * Fewest additions from the known set to a superset of the targets, by breadth-first search
     * over sets (bit masks) of exponents no larger than the largest target.
     */
    static int breadthFirstOptimum(int[] known, int[] targets) {
        int limit = Arrays.stream(targets).max().orElseThrow();
        long start = 0;
        for (int k : known) {
            if (k <= limit) {
                start |= 1L << k;
            }
        }
        long want = 0;
        for (int t : targets) {
            want |= 1L << t;
        }
        Set<Long> level = Set.of(start);
        for (int steps = 0;; steps++) {
            Set<Long> next = new HashSet<>();
            for (long set : level) {
                if ((set & want) == want) {
                    return steps;
                }
                for (int a = 1; a <= limit; a++) {
                    if ((set >> a & 1) == 0) {
                        continue;
                    }
                    for (int b = a; a + b <= limit; b++) {
                        if ((set >> b & 1) == 1 && (set >> (a + b) & 1) == 0) {
                            next.add(set | 1L << (a + b));
                        }
                    }
                }
            }
            level = next;
        }
    }
}
