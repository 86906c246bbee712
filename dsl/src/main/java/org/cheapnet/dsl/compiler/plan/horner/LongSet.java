package org.cheapnet.dsl.compiler.plan.horner;

import java.util.Arrays;

/** A set of longs by open addressing (no boxing): the hashes seen during one Horner evaluation. */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE; // hashes are residues in [0, 2^61), never this

    private long[] slots = new long[1024];
    private int size;

    /** Adds the key; false when it was already there. */
    boolean add(long key) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = spread(key) & mask;; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                slots[i] = key;
                size++;
                return true;
            }
            if (slots[i] == key) {
                return false;
            }
        }
    }

    boolean contains(long key) {
        int mask = slots.length - 1;
        for (int i = spread(key) & mask;; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == key) {
                return true;
            }
        }
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
    }

    LongSet() {
        Arrays.fill(slots, EMPTY);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
