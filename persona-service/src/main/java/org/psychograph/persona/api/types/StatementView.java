package org.psychograph.persona.api.types;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.generation.Statement;
import org.psychograph.persona.generation.StatementOrigin;

@TemplateData
@Type("Statement")
@Description("One sentence of a persona with its evidence. A generated statement always has evidence.")
public record StatementView(
        @Description("The rule that wrote it; stable across regenerations; null for a person's own statement")
        String key,

        @NonNull String text,
        @NonNull StatementOrigin origin,

        @Description("A statement kept through regeneration (its section was edited) whose evidence no longer holds")
        @NonNull
        Boolean stale,

        @NonNull List<@NonNull EvidenceView> evidence) {

    public static StatementView of(Statement s) {
        return new StatementView(
                s.key(),
                s.text(),
                s.origin(),
                s.stale(),
                s.evidence().stream().map(EvidenceView::of).toList());
    }

    static List<StatementView> all(List<Statement> list) {
        return list.stream().map(StatementView::of).toList();
    }
}
