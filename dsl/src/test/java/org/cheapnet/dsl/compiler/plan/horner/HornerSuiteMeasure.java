package org.cheapnet.dsl.compiler.plan.horner;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.PolyReader;

/**
 * Prints M and planning time per suite polynomial (a measurement, not a test): run from dsl/ with
 * target/classes and target/test-classes on the class path; arguments = names, default the suite.
 */
public final class HornerSuiteMeasure {
    public static void main(String[] args) throws Exception {
        String[] names = args.length > 0 ? args : new String[] { "cubic_n10_t30", "cubic_n20_t60", "cubic_n30_t120",
                "esym_n6_k3", "esym_n8_k4", "esym_n10_k5", "esym_n12_k3", "res_3_2", "res_4_3", "res_5_4", "res_7_4" };
        System.out.println("| polynomial | M greedy orders | M searched | S | wall [s] | cpu [s] |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : names) {
            Path path = Path.of(name.endsWith(".poly") ? name : "src/test/resources/anchors/" + name + ".poly");
            PolyReader.PolyFile file = PolyReader.read(path);
            long wall = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Plan greedy = HornerPlanner.plan(file.polynomial(), file.space().inputCount(), HornerBudget.greedy());
            Plan plan = HornerPlanner.plan(file.polynomial(), file.space().inputCount(), HornerBudget.standard());
            System.out.printf("| %s | %d | %d | %d | %.2f | %.2f |%n", name, greedy.multiplications(), plan.multiplications(),
                    plan.squarings(), (System.nanoTime() - wall) / 1e9,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }
}
