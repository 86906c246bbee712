package org.cheapnet.dsl.compiler.poly;

import java.util.Arrays;
import java.util.Objects;

/**
 * Geometry of one lattice: its name, its sizes per axis (1 to 3 axes) and whether all axes are
 * periodic. Sites are numbered row-major, last coordinate fastest, which is also the order of the
 * generated code's inputs: on {@code square(W, H)} site (x, y) is number x*H + y.
 *
 * <p>Immutable; equal by value (name, sizes and boundary), so that two lowerings of the same
 * declared lattice compare equal.
 */
public final class LatticeGeometry {

    /** Largest number of axes a lattice may have ({@code cubic}). */
    public static final int MAX_DIMENSION = 3;

    private final String name;
    private final int[] sizes;
    private final boolean periodic;
    /** strides[axis] = product of the sizes of the later axes (row-major, last axis fastest). */
    private final long[] strides;
    private final long siteCount;

    /**
     * @param name     the lattice's declared name
     * @param sizes    1 to 3 positive sizes; copied
     * @param periodic whether every axis wraps around
     * @throws IllegalArgumentException if there are no sizes, more than three, or one is below 1
     */
    public LatticeGeometry(String name, int[] sizes, boolean periodic) {
        this.name = Objects.requireNonNull(name, "name");
        if (sizes.length < 1 || sizes.length > MAX_DIMENSION) {
            throw new IllegalArgumentException("a lattice has 1 to " + MAX_DIMENSION + " axes, not " + sizes.length);
        }
        this.sizes = sizes.clone();
        this.periodic = periodic;
        this.strides = new long[sizes.length];
        long stride = 1;
        for (int axis = sizes.length - 1; axis >= 0; axis--) {
            if (sizes[axis] < 1) {
                throw new IllegalArgumentException("lattice " + name + ": size " + sizes[axis] + " along axis " + axis);
            }
            strides[axis] = stride;
            stride = stride > Long.MAX_VALUE / sizes[axis] ? Long.MAX_VALUE : stride * sizes[axis];
        }
        this.siteCount = stride;
    }

    public String name() {
        return name;
    }

    public int dimension() {
        return sizes.length;
    }

    public int size(int axis) {
        return sizes[axis];
    }

    /** A fresh copy of the sizes. */
    public int[] sizes() {
        return sizes.clone();
    }

    public boolean periodic() {
        return periodic;
    }

    /** The number of sites, the product of the sizes; the caller guarantees it fits in an int. */
    public int siteCount() {
        return Math.toIntExact(siteCount);
    }

    /** The number of sites without overflow (saturates at Long.MAX_VALUE), for validators. */
    public long siteCountLong() {
        return siteCount;
    }

    /** The coordinates of a site, in a fresh array. */
    public int[] coordinates(int site) {
        checkSite(site);
        int[] coordinates = new int[sizes.length];
        int rest = site;
        for (int axis = sizes.length - 1; axis >= 0; axis--) {
            coordinates[axis] = rest % sizes[axis];
            rest /= sizes[axis];
        }
        return coordinates;
    }

    /**
     * The number of the site with these coordinates, which must lie inside the lattice (no
     * wrapping).
     *
     * @throws IllegalArgumentException if a coordinate is outside or the dimension differs
     */
    public int site(int[] coordinates) {
        checkDimension(coordinates);
        long site = 0;
        for (int axis = 0; axis < sizes.length; axis++) {
            int x = coordinates[axis];
            if (x < 0 || x >= sizes[axis]) {
                throw new IllegalArgumentException("coordinate " + x + " outside 0.." + (sizes[axis] - 1)
                        + " on axis " + axis + " of lattice " + name);
            }
            site += x * strides[axis];
        }
        return (int) site;
    }

    /**
     * The number of the site with these coordinates, wrapping them on a periodic lattice; -1 when
     * a coordinate falls outside an open lattice (the term naming it is left out of a sum).
     */
    public int siteOrOutside(int[] coordinates) {
        checkDimension(coordinates);
        long site = 0;
        for (int axis = 0; axis < sizes.length; axis++) {
            int x = coordinates[axis];
            if (periodic) {
                x = Math.floorMod(x, sizes[axis]);
            } else if (x < 0 || x >= sizes[axis]) {
                return -1;
            }
            site += x * strides[axis];
        }
        return (int) site;
    }

    /** The site delta steps along an axis from the given one: wrapping, or -1 outside an open lattice. */
    public int shifted(int site, int axis, int delta) {
        int[] coordinates = coordinates(site);
        coordinates[axis] += delta;
        return siteOrOutside(coordinates);
    }

    /**
     * Graph distance on the nearest-neighbour lattice: the sum over the axes of |dx|, where a
     * periodic axis of size n takes the shorter way round, min(|dx|, n - |dx|).
     */
    public int distance(int siteA, int siteB) {
        int[] a = coordinates(siteA);
        int[] b = coordinates(siteB);
        int distance = 0;
        for (int axis = 0; axis < sizes.length; axis++) {
            int dx = Math.abs(a[axis] - b[axis]);
            distance += periodic ? Math.min(dx, sizes[axis] - dx) : dx;
        }
        return distance;
    }

    /** The mirror image of a site across the middle of one axis: x -> n-1-x. */
    public int reflected(int site, int axis) {
        int[] coordinates = coordinates(site);
        coordinates[axis] = sizes[axis] - 1 - coordinates[axis];
        return site(coordinates);
    }

    /**
     * The image of a site under the 90-degree rotation of the plane (axisA, axisB) about the
     * lattice's centre: (x_a, x_b) -> (x_b, n-1-x_a). Both axes must have the same size n.
     *
     * @throws IllegalArgumentException if the two axes differ in size or are the same axis
     */
    public int rotated(int site, int axisA, int axisB) {
        if (axisA == axisB || sizes[axisA] != sizes[axisB]) {
            throw new IllegalArgumentException("lattice " + name + " cannot be rotated in the plane of axes "
                    + axisA + " and " + axisB);
        }
        int[] coordinates = coordinates(site);
        int xa = coordinates[axisA];
        coordinates[axisA] = coordinates[axisB];
        coordinates[axisB] = sizes[axisA] - 1 - xa;
        return site(coordinates);
    }

    /** The coordinates joined by commas: "3" in 1-D, "1,2" in 2-D, "1,2,0" in 3-D. */
    public String siteLabel(int site) {
        int[] coordinates = coordinates(site);
        StringBuilder label = new StringBuilder();
        for (int axis = 0; axis < coordinates.length; axis++) {
            if (axis > 0) {
                label.append(',');
            }
            label.append(coordinates[axis]);
        }
        return label.toString();
    }

    private void checkSite(int site) {
        if (site < 0 || site >= siteCount) {
            throw new IndexOutOfBoundsException("site " + site + " of lattice " + name + " with " + siteCount + " sites");
        }
    }

    private void checkDimension(int[] coordinates) {
        if (coordinates.length != sizes.length) {
            throw new IllegalArgumentException(coordinates.length + " coordinates for the " + sizes.length
                    + "-dimensional lattice " + name);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatticeGeometry other
                && periodic == other.periodic
                && name.equals(other.name)
                && Arrays.equals(sizes, other.sizes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(sizes)) + Boolean.hashCode(periodic);
    }

    /** E.g. "grid = square(16, 16) periodic". */
    @Override
    public String toString() {
        String shape = switch (sizes.length) {
            case 1 -> "chain";
            case 2 -> "square";
            default -> "cubic";
        };
        StringBuilder text = new StringBuilder(name).append(" = ").append(shape).append('(');
        for (int axis = 0; axis < sizes.length; axis++) {
            text.append(axis > 0 ? ", " : "").append(sizes[axis]);
        }
        return text.append(") ").append(periodic ? "periodic" : "open").toString();
    }
}
