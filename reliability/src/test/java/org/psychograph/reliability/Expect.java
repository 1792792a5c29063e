package org.psychograph.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a corpus case must get back. Every answer, whatever the case: no HTTP 5xx and no Java class name or
 * "System error" anywhere in the body (they tell an attacker the stack and a user nothing). Then, by kind: a GraphQL
 * error with one of the coded {@code extensions.code}s and a message naming what was wrong; an import refused with a
 * 4xx JSON answer listing the errors (and, checked by the test, not one row written); or, for positive controls,
 * the data or the imported rows.
 */
final class Expect {

    static final Set<String> CLEAR_CODES = Set.of("VALIDATION", "NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED");
    /** Pieces of Java class names and catch-all messages that must never reach a caller. */
    private static final List<String> LEAKS = List.of(
            "java.",
            "javax.",
            "jakarta.",
            "io.smallrye",
            "io.quarkus",
            "io.vertx",
            "io.netty",
            "org.hibernate",
            "org.postgresql",
            "com.fasterxml",
            "org.psychograph",
            "graphql.schema",
            "JsonReadFeature",
            "Exception",
            "System error",
            "Mutiny");

    /**
     * An error answer larger than this echoes the request back (a 2 MB id in "survey ... not found"): bytes every
     * hop serialises, scans and logs on its event loop, for nothing the caller did not already have.
     */
    private static final int MAX_ERROR_BYTES = 16 * 1024;

    private enum Kind {
        GRAPHQL_ERROR,
        GRAPHQL_DATA,
        IMPORT_REFUSED,
        IMPORTED,
        DENIED
    }

    private final Kind kind;
    private final Set<String> codes;
    private final List<String> mentions;
    private final int rows;
    private final List<String> ignoredColumns;

    private Expect(Kind kind, Set<String> codes, List<String> mentions, int rows, List<String> ignoredColumns) {
        this.kind = kind;
        this.codes = codes;
        this.mentions = mentions;
        this.rows = rows;
        this.ignoredColumns = ignoredColumns;
    }

    /** A GraphQL error whose first {@code extensions.code} is one of these. */
    static Expect graphqlError(String... codes) {
        return new Expect(Kind.GRAPHQL_ERROR, Set.of(codes), List.of(), 0, List.of());
    }

    /** A positive control: no error, and a value at this JSON pointer under {@code data}. */
    static Expect graphqlData(String pointer) {
        return new Expect(Kind.GRAPHQL_DATA, Set.of(), List.of(pointer), 0, List.of());
    }

    /** Refused over HTTP (an import; a GraphQL body over the size limit): 4xx, JSON with an errors list or a code. */
    static Expect refused() {
        return new Expect(Kind.IMPORT_REFUSED, Set.of(), List.of(), 0, List.of());
    }

    /** A positive control: the import written whole. */
    static Expect imported(int rows, String... ignoredColumns) {
        return new Expect(Kind.IMPORTED, Set.of(), List.of(), rows, List.of(ignoredColumns));
    }

    /**
     * No valid identity: HTTP 401, or a GraphQL answer whose error is UNAUTHORIZED (both say the same to a
     * client; which one depends on whether the service's HTTP layer or its GraphQL layer turned the caller away).
     */
    static Expect denied() {
        return new Expect(Kind.DENIED, Set.of("UNAUTHORIZED"), List.of(), 0, List.of());
    }

    /** The words (field, row, limit) the error message must contain, case-insensitively. */
    Expect mentioning(String... words) {
        return new Expect(kind, codes, List.of(words), rows, ignoredColumns);
    }

    /** A positive control that writes this many rows to the corpus survey. */
    Expect adding(int rowsWritten) {
        return new Expect(kind, codes, mentions, rowsWritten, ignoredColumns);
    }

    /** Rows the case adds to the corpus survey (0 for every refusal). */
    int rowsAdded() {
        return rows;
    }

    boolean positive() {
        return kind == Kind.GRAPHQL_DATA || kind == Kind.IMPORTED;
    }

    /** What is wrong with the answer; empty when it is as expected. */
    List<String> problems(RawHttp.Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add("HTTP " + answer.status());
        }
        String shown = withoutClassification(answer);
        for (String leak : LEAKS) {
            if (shown.contains(leak)) {
                problems.add("the answer shows '" + leak + "'");
            }
        }
        if (!positive() && answer.body().length() > MAX_ERROR_BYTES) {
            problems.add("the error answer has " + answer.body().length() + " characters: it echoes the input");
        }
        switch (kind) {
            case GRAPHQL_ERROR -> graphqlError(answer, problems);
            case GRAPHQL_DATA -> graphqlData(answer, problems);
            case IMPORT_REFUSED -> importRefused(answer, problems);
            case IMPORTED -> imported(answer, problems);
            case DENIED -> denied(answer, problems);
            default -> throw new IllegalStateException(kind.name());
        }
        return problems;
    }

    /**
     * The body without graphql-java's standard {@code extensions.classification} (e.g. "DataFetchingException"
     * on every error a resolver raised): a fixed vocabulary of the GraphQL engine, not a leaked class.
     */
    private static String withoutClassification(RawHttp.Answer answer) {
        if (answer.json() == null || !answer.json().path("errors").isArray()) {
            return answer.body();
        }
        JsonNode copy = answer.json().deepCopy();
        copy.path("errors").forEach(error -> {
            if (error.path("extensions").isObject()) {
                ((ObjectNode) error.get("extensions")).remove("classification");
            }
        });
        return copy.toString();
    }

    private void graphqlError(RawHttp.Answer answer, List<String> problems) {
        JsonNode error =
                answer.json() == null ? null : answer.json().path("errors").path(0);
        if (answer.status() != 200 || error == null || error.isMissingNode()) {
            problems.add("expected a GraphQL error with code " + codes);
            return;
        }
        String code = error.path("extensions").path("code").asText();
        if (!codes.contains(code)) {
            problems.add("extensions.code is '" + code + "', expected one of " + codes);
        }
        // the field may be named in the message or in extensions.field (both reach the caller)
        mentions(
                error.path("message").asText() + " "
                        + error.path("extensions").path("field").asText(),
                problems);
    }

    private void graphqlData(RawHttp.Answer answer, List<String> problems) {
        JsonNode json = answer.json();
        if (answer.status() != 200 || json == null || json.hasNonNull("errors")) {
            problems.add("expected data without errors");
        } else if (json.path("data").at(mentions.get(0)).isMissingNode()
                || json.path("data").at(mentions.get(0)).isNull()) {
            problems.add("no data at " + mentions.get(0));
        }
    }

    private void importRefused(RawHttp.Answer answer, List<String> problems) {
        JsonNode json = answer.json();
        if (answer.status() < 400 || answer.status() >= 500) {
            problems.add("expected a 4xx refusal");
        }
        boolean listed = json != null
                && json.path("errors").isArray()
                && !json.path("errors").isEmpty();
        boolean coded = json != null && json.hasNonNull("code");
        if (!listed && !coded) {
            problems.add("expected a JSON answer with an errors list or a code");
            return;
        }
        mentions(listed ? json.path("errors").toString() : json.path("message").asText(), problems);
    }

    private void imported(RawHttp.Answer answer, List<String> problems) {
        JsonNode json = answer.json();
        if (answer.status() != 200 || json == null) {
            problems.add("expected HTTP 200 with the import report");
            return;
        }
        if (!"IMPORTED".equals(json.path("status").asText())
                || json.path("rowsWritten").asInt() != rows) {
            problems.add("expected IMPORTED with rowsWritten " + rows);
        }
        for (String column : ignoredColumns) {
            if (!json.path("ignoredColumns").toString().contains("\"" + column + "\"")) {
                problems.add("ignoredColumns does not list " + column);
            }
        }
    }

    private void denied(RawHttp.Answer answer, List<String> problems) {
        if (answer.status() == 401) {
            return;
        }
        JsonNode json = answer.json();
        String code = json == null
                ? ""
                : json.path("errors").path(0).path("extensions").path("code").asText();
        if (answer.status() != 200 || !codes.contains(code)) {
            problems.add("expected HTTP 401 or a GraphQL UNAUTHORIZED error");
        } else if (json.path("data").isObject()) {
            json.path("data").forEach(value -> {
                if (!value.isNull()) {
                    problems.add("data was served to an unauthenticated caller");
                }
            });
        }
    }

    private void mentions(String message, List<String> problems) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String word : mentions) {
            if (!lower.contains(word.toLowerCase(Locale.ROOT))) {
                problems.add("the message does not name '" + word + "'");
            }
        }
    }
}
