package org.cheapnet.runtime.math;

import java.lang.ref.SoftReference;

/**
 * The lane arrays of a generated batch method, kept per thread between calls: allocating and
 * zeroing them on every call (hundreds of kB for a network of a few hundred nodes) costs about as
 * much as evaluating a block, and fresh arrays start outside the caches. Each thread gets its own
 * arrays, so calls from many threads at once share nothing; the arrays are held softly, so the
 * collector may take them back under memory pressure (they are then allocated again).
 *
 * <p>The contents are whatever the thread's previous call left: a caller writes every lane
 * before it reads it.
 */
public final class LaneWorkspace {
    private final int count;
    private final int rows;
    private final ThreadLocal<SoftReference<double[][]>> lanes = new ThreadLocal<>();

    /** count lanes of rows doubles per thread. */
    public LaneWorkspace(int count, int rows) {
        this.count = count;
        this.rows = rows;
    }

    /** The calling thread's lanes, double[count][rows]; not to be used by another thread. */
    public double[][] lanes() {
        SoftReference<double[][]> reference = lanes.get();
        double[][] arrays = reference == null ? null : reference.get();
        if (arrays == null) {
            arrays = new double[count][rows];
            lanes.set(new SoftReference<>(arrays));
        }
        return arrays;
    }
}
