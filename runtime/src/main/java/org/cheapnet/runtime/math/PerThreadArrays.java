package org.cheapnet.runtime.math;

import java.lang.ref.SoftReference;

/**
 * Scratch arrays of generated code, kept per thread between calls: a generated class evaluates a
 * sample or a block of rows in arrays of hundreds of values (lanes of thousands), and allocating
 * and zeroing them on every call costs about as much as the evaluation itself (fresh arrays also
 * start outside the caches). Each thread gets its own arrays, so calls from many threads at once
 * share nothing; the arrays are held softly, so the collector may take them back under memory
 * pressure (they are then allocated again).
 *
 * <p>The contents are whatever the thread's previous call left: a caller writes every element
 * before it reads it.
 */
public final class PerThreadArrays {
    private final int count;
    private final int length;
    private final ThreadLocal<SoftReference<double[][]>> arrays = new ThreadLocal<>();

    /** count arrays of length doubles per thread. */
    public PerThreadArrays(int count, int length) {
        this.count = count;
        this.length = length;
    }

    /** The calling thread's arrays, double[count][length]; not to be used by another thread. */
    public double[][] arrays() {
        SoftReference<double[][]> reference = arrays.get();
        double[][] result = reference == null ? null : reference.get();
        if (result == null) {
            result = new double[count][length];
            arrays.set(new SoftReference<>(result));
        }
        return result;
    }
}
