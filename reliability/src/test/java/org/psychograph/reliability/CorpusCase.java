package org.psychograph.reliability;

/**
 * One request of the bad-input corpus (or, for a positive control, a good one that must keep working) and what
 * must come back. Cases are data: the corpus is a table of these, run by one parameterised test.
 *
 * @param disabled null, or why the case is known not to pass yet: it is skipped and counted as not passing
 */
record CorpusCase(Kind kind, String name, Request request, Expect expect, String disabled) {

    /** Where the bad value travels, for the summary's counts. */
    enum Kind {
        CSV,
        NDJSON,
        GRAPHQL,
        TOKEN
    }

    /** Sends the request against the corpus fixture. */
    @FunctionalInterface
    interface Request {
        RawHttp.Answer send(CorpusFixture fixture) throws Exception;
    }

    static CorpusCase of(Kind kind, String name, Request request, Expect expect) {
        return new CorpusCase(kind, name, request, expect, null);
    }

    /** The same case, skipped with the product's known misbehaviour as reason ("issue 12: ..."). */
    CorpusCase disabled(String reason) {
        return new CorpusCase(kind, name, request, expect, reason);
    }

    /** The display name of the parameterised test. */
    @Override
    public String toString() {
        return kind + ": " + name;
    }
}
