package org.psychograph.persona.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.persona.api.types.RulePackProblemView;
import org.psychograph.persona.api.types.RulePackView;
import org.psychograph.persona.service.RulePackService;

/** Rule packs: list, check, upload. */
@GraphQLApi
public class RulePackGraphQLApi {

    private final RulePackService rulePacks;

    public RulePackGraphQLApi(RulePackService rulePacks) {
        this.rulePacks = rulePacks;
    }

    @Query("rulePacks")
    @Description("The built-in default pack and every version uploaded by the caller's workspaces (newest first).")
    public Uni<@NonNull List<@NonNull RulePackView>> rulePacks() {
        return rulePacks
                .visible()
                .map(list -> list.stream().map(RulePackView::of).toList());
    }

    @Query("checkRulePack")
    @Description("Validates a rule pack without storing it: every problem with its line. Empty when valid.")
    public @NonNull List<@NonNull RulePackProblemView> checkRulePack(@NonNull String yaml) {
        return rulePacks.check(yaml).stream().map(RulePackProblemView::of).toList();
    }

    @Mutation("uploadRulePack")
    @Description("Stores a rule pack (YAML or JSON) as the workspace's next version; it becomes the active pack. "
            + "Admin only. A malformed pack is rejected (VALIDATION) with the line and reason of each problem.")
    public Uni<@NonNull RulePackView> uploadRulePack(String workspaceId, @NonNull String yaml) {
        return rulePacks.upload(workspaceId, yaml).map(RulePackView::of);
    }
}
