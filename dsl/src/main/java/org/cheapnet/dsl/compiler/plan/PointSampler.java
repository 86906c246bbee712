package org.cheapnet.dsl.compiler.plan;

import java.util.Random;

import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/** Random points of a domain, on which {@link PlanCheck} compares a plan with its polynomial. */
@FunctionalInterface
public interface PointSampler {

    /** Fills x with a random point of the domain, drawing from random. */
    void fill(double[] x, Random random);

    /** The box [lo, hi]^n, uniformly. */
    static PointSampler box(double lo, double hi) {
        return (x, random) -> {
            for (int i = 0; i < x.length; i++) {
                x[i] = lo + (hi - lo) * random.nextDouble();
            }
        };
    }

    /**
     * The declared domain of each input: a bit is 0 or 1, a spin -1 or +1, a real uniform in its
     * range. (A plan may use x^2 = x on bits and x^2 = 1 on spins, so it need not agree elsewhere.)
     */
    static PointSampler domainOf(VariableSpace space) {
        return (x, random) -> {
            for (int i = 0; i < x.length; i++) {
                VariableDeclaration d = space.declarationOf(i);
                x[i] = switch (d.kind()) {
                    case BIT -> random.nextInt(2);
                    case SPIN -> 2 * random.nextInt(2) - 1;
                    case REAL -> d.lo() + (d.hi() - d.lo()) * random.nextDouble();
                };
            }
        };
    }
}
