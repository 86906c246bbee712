package org.cheapnet.dsl.compiler.network;

import java.util.Objects;

/** The outcome of building a network: a network, or why none meets the options (never an exception). */
public sealed interface NetworkCompilation {

    /** A network was built. */
    record Built(CompiledNetwork network) implements NetworkCompilation {
        public Built {
            Objects.requireNonNull(network, "network");
        }
    }

    /** No network meets the options, e.g. the depth limit; the message says why, for the user. */
    record Unsupported(String message) implements NetworkCompilation {
        public Unsupported {
            Objects.requireNonNull(message, "message");
        }
    }
}
