package org.cheapnet.dsl.compiler.driver;

import java.util.List;

/**
 * What the driver made of one model: the compiled hamiltonians and classifiers, and the
 * problems of those it could not compile (they are left out).
 *
 * @param javaPackage the file's package, or "" for none
 */
public record ModelCompilation(String javaPackage, String model, List<HamiltonianCompilation> hamiltonians,
        List<ClassifierCompilation> classifiers, List<CompilationProblem> problems) {

    public ModelCompilation {
        hamiltonians = List.copyOf(hamiltonians);
        classifiers = List.copyOf(classifiers);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
