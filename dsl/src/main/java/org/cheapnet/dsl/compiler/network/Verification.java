package org.cheapnet.dsl.compiler.network;

/**
 * The result of checking a network against its polynomials.
 *
 * @param worstError the largest relative error |network(x) - H(x)| / S found (infinite if the
 *                   network gave NaN)
 * @param worstOutput the output at which it was found
 * @param worstPoint  the input where it was found
 * @param points      how many points were checked
 * @param tolerance   the tolerance checked against
 */
public record Verification(double worstError, int worstOutput, double[] worstPoint, long points, double tolerance) {

    public Verification {
        worstPoint = worstPoint.clone();
    }

    @Override
    public double[] worstPoint() {
        return worstPoint.clone();
    }

    public boolean passed() {
        return worstError <= tolerance;
    }
}
