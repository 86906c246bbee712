package org.cheapnet.dsl.compiler.network;

/** A closed interval [lo, hi] of reals, with the interval arithmetic the bounds of a program need. */
record Interval(double lo, double hi) {

    Interval {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    static Interval point(double x) {
        return new Interval(x, x);
    }

    /** max(|lo|, |hi|), the largest magnitude. */
    double bound() {
        return Math.max(Math.abs(lo), Math.abs(hi));
    }

    Interval plus(Interval o) {
        return new Interval(lo + o.lo, hi + o.hi);
    }

    /** w [lo, hi], flipped for w &lt; 0. */
    Interval times(double w) {
        return w >= 0 ? new Interval(w * lo, w * hi) : new Interval(w * hi, w * lo);
    }

    /** The hull of the four corner products. */
    Interval times(Interval o) {
        double a = lo * o.lo;
        double b = lo * o.hi;
        double c = hi * o.lo;
        double d = hi * o.hi;
        return new Interval(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
    }

    /** x^2 for x in the interval: 0 is the least value when the interval contains 0. */
    Interval squared() {
        double a = lo * lo;
        double b = hi * hi;
        return lo <= 0 && hi >= 0 ? new Interval(0, Math.max(a, b)) : new Interval(Math.min(a, b), Math.max(a, b));
    }
}
