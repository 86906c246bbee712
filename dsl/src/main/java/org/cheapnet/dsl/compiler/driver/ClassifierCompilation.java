package org.cheapnet.dsl.compiler.driver;

import java.util.List;

import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.Polynomial;

/**
 * A classifier through the pipeline: one plan and one network for all classes together (so
 * they share sub-products), whose output y is H_y; the logits are -H_y - mu_y - ln Z_y, free
 * linear work done by the generated code, then a stable softmax.
 *
 * @param classes      class names in declaration order
 * @param hamiltonians each class's expanded polynomial
 * @param priors       renormalized to sum to 1
 * @param logPartition ln Z_y per class (all 0 for normalize none)
 */
public record ClassifierCompilation(String model, String name, String className, List<String> classes,
        List<Polynomial> hamiltonians, double[] priors, double[] logPartition, NetworkOptions options, Plan plan,
        CompiledNetwork network, Verification verification, PhaseTimes times) {

    /** mu_y = -ln prior_y. */
    public double mu(int y) {
        return -Math.log(priors[y]);
    }

    /** The constant of logit y: -mu_y - ln Z_y (the logit is -H_y plus this). */
    public double logitOffset(int y) {
        return -mu(y) - logPartition[y];
    }
}
