package org.cheapnet.dsl.compiler.plan;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Shortest addition sequences: given exponents already known (1 among them) and target
 * exponents, the fewest new exponents, each the sum of two (possibly equal) exponents known or
 * added before it, after which every target is known. With known = {1} and one target n this is
 * a shortest addition chain, of length l(n); x^2, x^3, x^5 together take 3 (1, 2, 3, 5).
 *
 * <p>Exact by iterative deepening over ascending sequences (any sequence sorted is still one, so
 * this loses nothing). Pruning: a new element never exceeds the smallest missing target (later
 * elements are larger, so that target could never be added), at least one step per missing
 * target, and r more steps at most multiply the largest element by 2^r. When the search visits
 * more than {@link #NODE_BUDGET} nodes (far beyond exponents of a few hundred) it falls back to
 * the binary method, which is deterministic but not minimal.
 */
public final class AdditionChains {

    static final long NODE_BUDGET = 5_000_000L;
    /** Above this exponent the exact search is not tried: it would only spend the budget. */
    static final int LARGEST_SEARCHED = 4096;

    private AdditionChains() {
    }

    /**
     * The new exponents, ascending.
     *
     * @param known   exponents already available, must contain 1
     * @param targets exponents wanted, each >= 1
     */
    public static int[] extend(int[] known, int[] targets) {
        TreeSet<Integer> knownSet = new TreeSet<>();
        for (int k : known) {
            knownSet.add(k);
        }
        if (!knownSet.contains(1)) {
            throw new IllegalArgumentException("1 must be known");
        }
        int[] missing = Arrays.stream(targets).filter(t -> !knownSet.contains(t)).sorted().distinct().toArray();
        if (missing.length == 0) {
            return new int[0];
        }
        int top = missing[missing.length - 1];
        // exponents above the largest target never help: sums only grow
        int[] usable = knownSet.headSet(top, true).stream().mapToInt(Integer::intValue).toArray();
        if (top > LARGEST_SEARCHED) {
            return binaryMethod(knownSet, missing);
        }
        Search search = new Search(usable, missing);
        int[] found = search.run();
        return found != null ? found : binaryMethod(knownSet, missing);
    }

    /** The union of the left-to-right binary chains of the missing targets: n = 2 (n/2) (+ 1). */
    static int[] binaryMethod(TreeSet<Integer> known, int[] missing) {
        TreeSet<Integer> added = new TreeSet<>();
        for (int target : missing) {
            for (int shift = 31 - Integer.numberOfLeadingZeros(target) - 1; shift >= 0; shift--) {
                int prefix = target >>> shift;
                for (int element : new int[] { prefix & ~1, prefix }) {
                    if (!known.contains(element)) {
                        added.add(element);
                    }
                }
            }
        }
        return added.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One iterative-deepening search; members holds the current set, ascending among the new ones. */
    private static final class Search {
        private final int[] missing;
        private final int[] members;
        private int size;
        private int max;
        private long nodes;

        Search(int[] known, int[] missing) {
            this.missing = missing;
            this.members = Arrays.copyOf(known, known.length + 64);
            this.size = known.length;
            this.max = known[known.length - 1];
        }

        /** The shortest new elements, or null when the budget runs out first. */
        int[] run() {
            int top = missing[missing.length - 1];
            int doublings = 0;
            while (((long) max << doublings) < top) {
                doublings++;
            }
            for (int length = Math.max(missing.length, doublings); length < 64; length++) {
                int start = size;
                if (search(length, 0, 0)) {
                    return Arrays.copyOfRange(members, start, size);
                }
                if (nodes > NODE_BUDGET) {
                    return null;
                }
            }
            return null;
        }

        private boolean search(int remaining, int last, int nextMissing) {
            if (nextMissing == missing.length) {
                return true; // with remaining == 0: a shorter length would have succeeded before
            }
            if (++nodes > NODE_BUDGET || missing.length - nextMissing > remaining
                    || ((long) max << Math.min(remaining, 40)) < missing[missing.length - 1]) {
                return false;
            }
            int bound = missing[nextMissing];
            int[] candidates = new int[size * (size + 1) / 2];
            int count = 0;
            for (int i = 0; i < size; i++) {
                for (int j = i; j < size; j++) {
                    int sum = members[i] + members[j];
                    if (sum > last && sum <= bound && !contains(sum)) {
                        candidates[count++] = sum;
                    }
                }
            }
            Arrays.sort(candidates, 0, count);
            int previousMax = max;
            for (int c = count - 1; c >= 0; c--) {
                if (c < count - 1 && candidates[c] == candidates[c + 1]) {
                    continue;
                }
                int element = candidates[c];
                members[size++] = element;
                max = Math.max(previousMax, element);
                if (search(remaining - 1, element, element == bound ? nextMissing + 1 : nextMissing)) {
                    return true;
                }
                size--;
                max = previousMax;
                if (nodes > NODE_BUDGET) {
                    return false;
                }
            }
            return false;
        }

        private boolean contains(int value) {
            for (int i = 0; i < size; i++) {
                if (members[i] == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
