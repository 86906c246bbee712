package org.cheapnet.dsl.compiler.plan.horner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Searches variable orders for the cheapest {@link HornerScheme}: greedy orders first (most
 * frequent variable first, as FORM's occurrence order; its reverse; the input order), each with every {@link SplitRule}
 * and no flattening; then simulated annealing over permutations, split rules and the flattening
 * position, from the best of those (FORM's O4)
 * and a Monte Carlo tree search over order prefixes (FORM's O3) per exploration constant, all
 * seeded from the budget.
 */
final class OrderSearch {

    /**
     * Below this many terms the searches run RESTARTS times with different seeds from the same
     * greedy start: on mid-sized resultants single runs end in local minima 10-40 % apart.
     */
    static final int RESTART_TERMS = Integer.getInteger("horner.restartTerms", 1000);
    static final int RESTARTS = Integer.getInteger("horner.restarts", 4);
    private final HornerTerms terms;
    private HornerOrder best;

    private OrderSearch(HornerTerms terms) {
        this.terms = terms;
    }

    static HornerOrder search(HornerTerms terms, HornerBudget budget) {
        return candidates(terms, budget, 1).get(0);
    }

    /** The cheapest distinct schemes met during the search, at most count, cheapest first. */
    static List<HornerOrder> candidates(HornerTerms terms, HornerBudget budget, int count) {
        OrderSearch search = new OrderSearch(terms);
        Pool.start(count);
        search.greedy();
        if (terms.variableCount > 1) {
            HornerOrder start = search.best;
            int restarts = terms.termCount < RESTART_TERMS ? RESTARTS : 1;
            for (int r = 0; r < restarts; r++) {
                long seed = budget.seed() + r * 0x9E3779B97F4A7C15L;
                if (budget.annealingIterations() > 0) {
                    search.offer(new Annealing(terms, budget.annealingIterations(), seed).run(start));
                }
                for (double c : budget.explorationConstants()) {
                    if (budget.treeSearchIterations() > 0) {
                        search.offer(new TreeSearch(terms, budget.treeSearchIterations(), c, seed).run(start));
                    }
                }
            }
        }
        return Pool.finish();
    }

    /** The greedy orders, each with both splitting rules. */
    static List<int[]> greedyOrders(HornerTerms terms) {
        int n = terms.variableCount;
        int[] frequent = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingInt(v -> -terms.occurrences[v]).thenComparingInt(v -> v))
                .mapToInt(Integer::intValue).toArray();
        int[] rare = new int[n];
        for (int i = 0; i < n; i++) {
            rare[i] = frequent[n - 1 - i];
        }
        return List.of(frequent, rare, IntStream.range(0, n).toArray());
    }

    private void greedy() {
        int n = terms.variableCount;
        for (int[] order : greedyOrders(terms)) {
            for (SplitRule rule : SplitRule.values()) {
                offer(evaluate(terms, new HornerOrder(order, rule, n, -1)));
            }
        }
    }

    static HornerOrder evaluate(HornerTerms terms, HornerOrder scheme) {
        HornerOrder evaluated = scheme.withCost(HornerScheme.cost(terms, scheme));
        Pool.offer(evaluated);
        return evaluated;
    }

    /** The cheapest distinct schemes evaluated by this thread's search. */
    private static final class Pool {
        private static final ThreadLocal<Pool> CURRENT = new ThreadLocal<>();
        private final int capacity;
        private final java.util.TreeMap<String, HornerOrder> byKey = new java.util.TreeMap<>();
        private final java.util.TreeSet<HornerOrder> sorted;
        private long arrivals;
        private final java.util.Map<HornerOrder, Long> arrival = new java.util.IdentityHashMap<>();

        private Pool(int capacity) {
            this.capacity = capacity;
            this.sorted = new java.util.TreeSet<>(Comparator.<HornerOrder>comparingInt(HornerOrder::cost)
                    .thenComparingLong(arrival::get));
        }

        static void start(int capacity) {
            CURRENT.set(new Pool(capacity));
        }

        static List<HornerOrder> finish() {
            Pool pool = CURRENT.get();
            CURRENT.remove();
            return new ArrayList<>(pool.sorted);
        }

        static void offer(HornerOrder scheme) {
            Pool pool = CURRENT.get();
            if (pool != null) {
                pool.add(scheme);
            }
        }

        private void add(HornerOrder scheme) {
            if (sorted.size() == capacity && scheme.cost() >= sorted.last().cost()) {
                return;
            }
            String key = java.util.Arrays.toString(scheme.order()) + scheme.rule() + scheme.flatFrom();
            if (byKey.containsKey(key)) {
                return;
            }
            arrival.put(scheme, arrivals++);
            byKey.put(key, scheme);
            sorted.add(scheme);
            if (sorted.size() > capacity) {
                HornerOrder worst = sorted.pollLast();
                byKey.remove(java.util.Arrays.toString(worst.order()) + worst.rule() + worst.flatFrom());
                arrival.remove(worst);
            }
        }
    }

    private void offer(HornerOrder candidate) {
        if (candidate.betterThan(best)) {
            best = candidate;
        }
    }

    /** Simulated annealing: swap two variables, accept by the Metropolis rule, temperature falling geometrically. */
    private static final class Annealing {
        private final HornerTerms terms;
        private final int iterations;
        private final SplittableRandom random;
        /** Start and end temperature: a fraction of the starting cost, and an absolute value. */
        private static final double HOT = 0.1;
        private static final double COLD = 0.2;

        Annealing(HornerTerms terms, int iterations, long seed) {
            this.terms = terms;
            this.iterations = iterations;
            this.random = new SplittableRandom(seed);
        }

        HornerOrder run(HornerOrder start) {
            int n = terms.variableCount;
            HornerOrder current = start;
            HornerOrder best = start;
            double hot = Math.max(1, HOT * start.cost());
            for (int k = 0; k < iterations; k++) {
                double temperature = hot * Math.pow(COLD / hot, (double) k / iterations);
                HornerOrder next = evaluate(terms, neighbour(current, n));
                if (next.cost() <= current.cost()
                        || random.nextDouble() < Math.exp((current.cost() - next.cost()) / temperature)) {
                    current = next;
                    if (next.cost() < best.cost()) {
                        best = next;
                    }
                }
            }
            return best;
        }

        /** Mostly a swap of two variables or a move of one; sometimes a shift of the flattening position or a change of rule. */
        private HornerOrder neighbour(HornerOrder from, int n) {
            int[] order = from.order().clone();
            SplitRule rule = from.rule();
            int flatFrom = from.flatFrom();
            double move = random.nextDouble();
            if (move < 0.15) {
                flatFrom = Math.max(1, Math.min(n, flatFrom + (random.nextBoolean() ? 1 : -1)));
            } else if (move < 0.2) {
                rule = SplitRule.values()[(rule.ordinal() + 1 + random.nextInt(2)) % 3];
            } else if (move < 0.6) {
                int a = random.nextInt(n);
                int b = random.nextInt(n - 1);
                swap(order, a, b >= a ? b + 1 : b);
            } else {
                move(order, random.nextInt(n), random.nextInt(n));
            }
            return new HornerOrder(order, rule, flatFrom, -1);
        }

        /** Moves the variable at position a to position b, shifting those between. */
        private static void move(int[] order, int a, int b) {
            int v = order[a];
            if (a < b) {
                System.arraycopy(order, a + 1, order, a, b - a);
            } else {
                System.arraycopy(order, b, order, b + 1, a - b);
            }
            order[b] = v;
        }

        private static void swap(int[] order, int a, int b) {
            int t = order[a];
            order[a] = order[b];
            order[b] = t;
        }
    }

    /**
     * UCT over order prefixes: select children by mean reward + C_p sqrt(2 ln N / n), expand one
     * untried variable, complete the order at random, reward best-so-far / cost.
     */
    private static final class TreeSearch {
        private final HornerTerms terms;
        private final int iterations;
        private final double exploration;
        private final SplittableRandom random;
        private int bestCost = Integer.MAX_VALUE;
        private HornerOrder best;

        private static final class Node {
            final Node[] children;
            int visits;
            double rewards;

            Node(int n) {
                children = new Node[n];
            }
        }

        TreeSearch(HornerTerms terms, int iterations, double exploration, long seed) {
            this.terms = terms;
            this.iterations = iterations;
            this.exploration = exploration;
            this.random = new SplittableRandom(seed);
        }

        HornerOrder run(HornerOrder start) {
            int n = terms.variableCount;
            Node root = new Node(n);
            for (int k = 0; k < iterations; k++) {
                List<Node> path = new ArrayList<>();
                boolean[] used = new boolean[n];
                int[] order = new int[n];
                int depth = 0;
                Node node = root;
                path.add(node);
                while (depth < n) {
                    int untried = untried(node, used);
                    int v = untried >= 0 ? untried : select(node, used);
                    if (node.children[v] == null) {
                        node.children[v] = new Node(n);
                    }
                    node = node.children[v];
                    path.add(node);
                    used[v] = true;
                    order[depth++] = v;
                    if (untried >= 0) {
                        break; // expanded: roll out from here
                    }
                }
                List<Integer> rest = new ArrayList<>();
                for (int v = 0; v < n; v++) {
                    if (!used[v]) {
                        rest.add(v);
                    }
                }
                while (!rest.isEmpty()) {
                    order[depth++] = rest.remove(random.nextInt(rest.size()));
                }
                HornerOrder scheme = evaluate(terms,
                        new HornerOrder(order.clone(), start.rule(), start.flatFrom(), -1));
                int cost = scheme.cost();
                if (cost < bestCost) {
                    bestCost = cost;
                    best = scheme;
                }
                double reward = (double) bestCost / cost;
                for (Node visited : path) {
                    visited.visits++;
                    visited.rewards += reward;
                }
            }
            return best;
        }

        /** A random variable not used and not yet a child, or -1. */
        private int untried(Node node, boolean[] used) {
            int count = 0;
            for (int v = 0; v < used.length; v++) {
                if (!used[v] && node.children[v] == null) {
                    count++;
                }
            }
            if (count == 0) {
                return -1;
            }
            int pick = random.nextInt(count);
            for (int v = 0; v < used.length; v++) {
                if (!used[v] && node.children[v] == null && pick-- == 0) {
                    return v;
                }
            }
            throw new IllegalStateException();
        }

        private int select(Node node, boolean[] used) {
            int chosen = -1;
            double score = Double.NEGATIVE_INFINITY;
            double logVisits = Math.log(node.visits);
            for (int v = 0; v < used.length; v++) {
                Node child = node.children[v];
                if (!used[v] && child != null) {
                    double uct = child.rewards / child.visits + exploration * Math.sqrt(2 * logVisits / child.visits);
                    if (uct > score) {
                        score = uct;
                        chosen = v;
                    }
                }
            }
            return chosen;
        }
    }
}
