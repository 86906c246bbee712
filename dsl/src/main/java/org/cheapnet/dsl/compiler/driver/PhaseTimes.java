package org.cheapnet.dsl.compiler.driver;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time of each pass, for reports; filled by the driver as it runs them. */
public final class PhaseTimes {
    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);

    /** Runs one pass and adds its time. */
    public <T> T time(Phase phase, Supplier<T> pass) {
        long start = System.nanoTime();
        try {
            return pass.get();
        } finally {
            nanos.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    public void add(Phase phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    /** Milliseconds per phase that ran, in phase order. */
    public Map<Phase, Double> millis() {
        Map<Phase, Double> result = new EnumMap<>(Phase.class);
        nanos.forEach((phase, n) -> result.put(phase, n / 1e6));
        return Collections.unmodifiableMap(result);
    }
}
