package org.psychograph.persona.api.types;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.rules.RulePackProblem;

@Type("RulePackProblem")
public record RulePackProblemView(
        @NonNull Integer line,
        @NonNull String path,
        @NonNull String reason) {

    public static RulePackProblemView of(RulePackProblem p) {
        return new RulePackProblemView(p.line(), p.path(), p.reason());
    }
}
