package org.psychograph.persona.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.persona.generation.PersonaSection;

/** The GraphQL input types of persona-service. */
public final class Inputs {

    private Inputs() {}

    @Input("PersonaPatch")
    @Description("Fields left out are unchanged. Every field given is locked: regeneration keeps it.")
    public record PersonaPatch(String name, List<SectionPatch> sections) {}

    @Input("SectionPatch")
    @Description("Replaces a section's statements. Give a statement's `key` to reword a generated statement "
            + "(its evidence is kept and re-checked on regeneration); leave it out for a statement of your own.")
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
