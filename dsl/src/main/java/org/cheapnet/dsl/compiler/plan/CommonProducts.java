package org.cheapnet.dsl.compiler.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Products of many operands, sharing sub-products (Paar's greedy algorithm, as sympy's cse does
 * on products): while some pair of operands occurs in two or more of the products still to be
 * built, or is already a step, multiply the pair that occurs most often (ties: the smallest ids)
 * and put the result in its place everywhere. So abc + abd costs 3 (ab, abc, abd), not 4. What is
 * left of each product is built as a tree that always joins the two shallowest operands
 * (Huffman on depth), so n operands of depth 0 take depth ceil(log2 n).
 */
final class CommonProducts {

    private final StepBuilder steps;

    CommonProducts(StepBuilder steps) {
        this.steps = steps;
    }

    /**
     * The operand of each product.
     *
     * @param factorSets sorted operand ids, each of length >= 1, repeats allowed (a square);
     *                   equal sets are built once
     */
    int[] multiply(List<int[]> factorSets) {
        Map<List<Integer>, Integer> distinctIndex = new LinkedHashMap<>();
        int[] termOf = new int[factorSets.size()];
        for (int i = 0; i < factorSets.size(); i++) {
            termOf[i] = distinctIndex.computeIfAbsent(asList(factorSets.get(i)), k -> distinctIndex.size());
        }
        List<int[]> terms = new ArrayList<>();
        distinctIndex.keySet().forEach(k -> terms.add(k.stream().mapToInt(Integer::intValue).toArray()));
        new Pairing(terms).run();
        int[] distinctResults = new int[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            distinctResults[t] = tree(terms.get(t));
        }
        int[] results = new int[factorSets.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = distinctResults[termOf[i]];
        }
        return results;
    }

    /** Joins the two shallowest operands until one is left (ties: smaller id first). */
    private int tree(int[] factors) {
        Comparator<Integer> shallowest = Comparator.<Integer>comparingInt(steps::depth).thenComparingInt(o -> o);
        PriorityQueue<Integer> queue = new PriorityQueue<>(shallowest);
        Arrays.stream(factors).forEach(queue::add);
        while (queue.size() > 1) {
            queue.add(steps.product(queue.poll(), queue.poll()));
        }
        return queue.poll();
    }

    private static List<Integer> asList(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** The greedy extraction of shared pairs, rewriting terms in place. */
    private final class Pairing {
        private final List<int[]> terms;
        /** pair key -> indices of the terms that contain the pair. */
        private final Map<Long, TreeSet<Integer>> occurrences = new HashMap<>();
        /** (count, pair key) candidates; entries whose count is out of date are skipped. */
        private final PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator
                .<long[]>comparingLong(e -> -e[0]).thenComparingLong(e -> e[1]));

        Pairing(List<int[]> terms) {
            this.terms = terms;
        }

        void run() {
            for (int t = 0; t < terms.size(); t++) {
                addPairs(t);
            }
            while (!queue.isEmpty()) {
                long[] best = queue.poll();
                long key = best[1];
                if (best[0] != priority(key)) {
                    continue; // stale
                }
                int count = count(key);
                if (count < 2 && !(count == 1 && steps.hasProduct(first(key), second(key)))) {
                    break;
                }
                int product = steps.product(first(key), second(key));
                for (int t : new ArrayList<>(occurrences.get(key))) {
                    removePairs(t);
                    terms.set(t, replace(terms.get(t), first(key), second(key), product));
                    addPairs(t);
                }
            }
        }

        /** Known products first (using one is free), then by number of occurrences. */
        private long priority(long key) {
            int count = count(key);
            return count == 0 ? 0 : steps.hasProduct(first(key), second(key)) ? (1L << 40) + count : count;
        }

        private int count(long key) {
            TreeSet<Integer> where = occurrences.get(key);
            return where == null ? 0 : where.size();
        }

        private void addPairs(int t) {
            for (long key : pairs(terms.get(t))) {
                occurrences.computeIfAbsent(key, k -> new TreeSet<>()).add(t);
                queue.add(new long[] { priority(key), key });
            }
        }

        private void removePairs(int t) {
            for (long key : pairs(terms.get(t))) {
                TreeSet<Integer> where = occurrences.get(key);
                where.remove(t);
                if (where.isEmpty()) {
                    occurrences.remove(key);
                } else {
                    queue.add(new long[] { priority(key), key });
                }
            }
        }
    }

    /** The distinct pairs of a sorted multiset: (a, b) for a < b, and (a, a) when a repeats. */
    private static long[] pairs(int[] factors) {
        TreeSet<Long> keys = new TreeSet<>();
        for (int i = 0; i < factors.length; i++) {
            for (int j = i + 1; j < factors.length; j++) {
                keys.add(((long) factors[i] << 32) | factors[j]);
            }
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    /** The multiset with one a and one b replaced by their product, sorted. */
    private static int[] replace(int[] factors, int a, int b, int product) {
        int[] result = new int[factors.length - 1];
        boolean aLeft = true;
        boolean bLeft = true;
        int n = 0;
        for (int f : factors) {
            if (aLeft && f == a) {
                aLeft = false;
            } else if (bLeft && f == b) {
                bLeft = false;
            } else {
                result[n++] = f;
            }
        }
        result[n] = product;
        Arrays.sort(result);
        return result;
    }

    private static int first(long key) {
        return (int) (key >>> 32);
    }

    private static int second(long key) {
        return (int) key;
    }
}
