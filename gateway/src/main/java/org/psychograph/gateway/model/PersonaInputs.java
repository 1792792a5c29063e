package org.psychograph.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.gateway.model.PersonaTypes.PersonaSection;

/** persona-service's input types; the names are persona-service's, declared in the operations the gateway sends. */
public final class PersonaInputs {

    private PersonaInputs() {}

    @Input("PersonaPatch")
    @Description("Fields left out are unchanged. Every field given is locked: regeneration keeps it.")
    public record PersonaPatch(String name, @NonNull List<@NonNull SectionPatch> sections) {}

    @Input("SectionPatch")
    public record SectionPatch(
            @NonNull PersonaSection section, @NonNull List<@NonNull StatementText> statements) {}

    @Input("StatementText")
    public record StatementText(String key, @NonNull String text) {}

    @Input("CampaignResultInput")
    public record CampaignResultInput(
            @NonNull String personaId,
            @NonNull String campaign,
            @NonNull String channel,
            @Description("e.g. 2026-Q3 or 2026-11") @NonNull String period,
            @NonNull Long sent,
            @NonNull Long opened,
            @NonNull Long clicked,
            @NonNull Long converted,
            Double revenue) {}
}
