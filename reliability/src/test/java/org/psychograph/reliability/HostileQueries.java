package org.psychograph.reliability;

import java.util.StringJoiner;

/**
 * Documents a hostile tenant sends, generated because their point is their size (a file per alias count would
 * say nothing more). The shapes of issue 12: one query fanning out into many root fields, and one nesting the
 * cross-service joins as deep as the schema allows.
 */
final class HostileQueries {

    private HostileQueries() {}

    /** {@code n} aliases of {@code survey(id: $id)}: n downstream calls at once if the gateway let it through. */
    static String aliasedSurveys(int n) {
        StringJoiner fields = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            fields.add("s" + i + ": survey(id: $id) { id title }");
        }
        return "query aliased($id: ID!) { " + fields + " }";
    }

    /** survey -> runs -> survey -> runs ... {@code depth} times: each level one more join across services. */
    static String deepSurvey(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            open.append(" runs { id survey { id");
            close.append(" } }");
        }
        return "query deep($id: ID!) { survey(id: $id) { id" + open + close + " } }";
    }
}
