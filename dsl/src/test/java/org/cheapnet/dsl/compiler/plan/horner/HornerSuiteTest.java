package org.cheapnet.dsl.compiler.plan.horner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.poly.PolyReader;
import org.cheapnet.dsl.compiler.poly.PolyReader.PolyFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The anchors' suite polynomials where Horner schemes and CSE matter: the plan computes the
 * polynomial, and needs at most as many multiplications as the best tool measured by the anchors
 * harness (sympy cse, sympy horner+cse, FORM O1..O4; shared/anchors/RESULTS.md, Table 1).
 */
class HornerSuiteTest {

    @ParameterizedTest(name = "{0}: M <= {1} ({2})")
    @CsvSource({
            "cubic_n10_t30, 22, FORM O3", "cubic_n20_t60, 49, FORM O3", "cubic_n30_t120, 98, FORM O3",
            "esym_n6_k3, 8, all Horner tools", "esym_n8_k4, 15, all Horner tools",
            "esym_n10_k5, 24, all Horner tools", "esym_n12_k3, 20, all Horner tools",
            "res_3_2, 23, FORM O3", "res_4_3, 80, FORM O3 and O4", "res_5_4, 299, FORM O4",
            "res_7_4, 1090, FORM O4" })
    void atMostTheBestToolAndExact(String name, int bestTool, String tool) throws IOException {
        PolyFile file = PolyReader.read(Path.of("src/test/resources/anchors", name + ".poly"));
        Plan plan = HornerPlanner.plan(file.polynomial(), file.space().inputCount(), HornerBudget.standard());
        HornerChecks.assertComputes(plan, file.polynomial(), 20, name.hashCode());
        assertTrue(plan.multiplications() <= bestTool, name + ": M = " + plan.multiplications() + " > " + bestTool);
    }
}
