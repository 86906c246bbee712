package org.cheapnet.dsl.compiler.network;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Test shorthand: compile a case and expect a network. */
final class Compile {

    private Compile() {
    }

    static CompiledNetwork built(PlanCase c, NetworkOptions options) {
        return built(new NetworkCompiler(c.space(), options).compile(c.plan(), c.polynomials()));
    }

    static CompiledNetwork built(NetworkCompilation compilation) {
        return assertInstanceOf(NetworkCompilation.Built.class, compilation,
                () -> compilation instanceof NetworkCompilation.Unsupported u ? u.message() : "").network();
    }
}
