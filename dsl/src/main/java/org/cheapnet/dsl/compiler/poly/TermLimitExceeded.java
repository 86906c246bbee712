package org.cheapnet.dsl.compiler.poly;

/** An expansion would exceed its term limit; thrown before the memory is spent. */
public final class TermLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TermLimitExceeded(int limit) {
        super("more than " + limit + " terms", null, false, false);
    }
}
