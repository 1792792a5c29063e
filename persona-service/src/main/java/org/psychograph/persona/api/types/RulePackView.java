package org.psychograph.persona.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.rules.RulePack;

@Type("RulePack")
public record RulePackView(
        @Description("name@version: what personas record as the pack that wrote them") @NonNull
        String key,

        @NonNull String name,
        @NonNull Integer version,
        @Description("null for the built-in default pack") String workspaceId,
        String description,
        @NonNull Integer archetypes,
        @Description("The pack as uploaded (YAML)") @NonNull String source) {

    public static RulePackView of(RulePack p) {
        return new RulePackView(
                p.key(),
                p.name(),
                p.version(),
                p.workspaceId(),
                p.rules().description(),
                p.rules().archetypes().size(),
                p.source());
    }
}
