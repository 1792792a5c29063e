package org.psychograph.persona.api.types;

import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.generation.PersonaSection;
import org.psychograph.persona.generation.Statement;
import org.psychograph.persona.model.Persona;
import org.psychograph.persona.model.PersonaStatus;
import org.psychograph.persona.service.CurrentPersona;

@TemplateData
@Type("Persona")
@Description("The marketing portrait of one segment. Every generated statement carries its evidence.")
public record PersonaView(
        @Id @NonNull String id,
        @NonNull String workspaceId,
        @NonNull String surveyId,

        @Description("The run the current version was generated from") @NonNull
        String runId,

        @NonNull String segmentId,
        @NonNull Integer segmentNumber,
        @NonNull String segmentLabel,
        @NonNull Integer size,
        @NonNull Double share,
        Double stability,
        @NonNull PersonaStatus status,
        @NonNull Integer version,

        @Description("name@version of the rule pack that wrote the current version") @NonNull
        String rulePack,

        @NonNull String name,
        @Description("A self-contained SVG image") @NonNull String avatarSvg,
        @NonNull List<@NonNull String> archetypes,

        @Description("The archetypes as statements, each with its key and evidence (archetypes gives their names "
                + "alone): what an edit of the ARCHETYPES section keys its lines to")
        @NonNull
        List<@NonNull StatementView> archetypeStatements,

        StatementView tagline,
        StatementView summary,
        @Description("The segment's size and share") StatementView sizeStatement,

        @Description("Only from descriptor questions the survey has; null when it has none")
        List<@NonNull StatementView> identity,

        @NonNull List<@NonNull StatementView> values,
        @NonNull List<@NonNull StatementView> interests,
        @NonNull List<@NonNull StatementView> lifestyle,
        @NonNull List<@NonNull StatementView> attitudes,
        @NonNull List<@NonNull StatementView> personality,
        @NonNull List<@NonNull StatementView> goals,
        @NonNull List<@NonNull StatementView> motivations,
        @NonNull List<@NonNull StatementView> painPoints,
        @NonNull List<@NonNull StatementView> buyingBehaviour,

        @Description("Null when the survey has no B2B role questions")
        List<@NonNull StatementView> b2bRole,

        @NonNull List<@NonNull StatementView> channels,
        @NonNull MessagingView messaging,

        @Description("Fields a person edited; regeneration keeps them") @NonNull
        List<@NonNull String> lockedFields,

        @NonNull Integer staleStatements,

        @Description("Every evidence item of the persona, once each") @NonNull
        List<@NonNull EvidenceView> evidence,

        @Description("What generation left out and why: statements the contradiction guard dropped because their "
                + "evidence points the other way or is not significant, concepts whose answers point both ways")
        @NonNull
        List<@NonNull String> generationNotes,

        @Description("The card's sections that are empty, each with the reason") @NonNull
        List<@NonNull EmptySectionView> emptySections,

        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        OffsetDateTime publishedAt) {

    public static PersonaView of(CurrentPersona persona) {
        return of(persona.persona(), persona.content());
    }

    static PersonaView of(Persona p, PersonaContent c) {
        List<String> archetypes = c.section(PersonaSection.ARCHETYPES).stream()
                .map(Statement::text)
                .toList();
        List<Statement> all =
                c.sections().values().stream().flatMap(List::stream).toList();
        List<EvidenceView> evidence = all.stream()
                .flatMap(s -> s.evidence().stream())
                .distinct()
                .map(EvidenceView::of)
                .toList();
        return new PersonaView(
                p.id.toString(),
                p.workspaceId,
                p.surveyId,
                p.runId,
                p.segmentId,
                c.segmentNumber(),
                c.segmentLabel(),
                c.size(),
                c.share(),
                c.stability(),
                p.status,
                p.version,
                c.rulePack(),
                c.name(),
                c.avatarSvg(),
                archetypes,
                list(c, PersonaSection.ARCHETYPES),
                one(c, PersonaSection.TAGLINE),
                one(c, PersonaSection.SUMMARY),
                one(c, PersonaSection.SIZE),
                orNull(c, PersonaSection.IDENTITY),
                list(c, PersonaSection.VALUES),
                list(c, PersonaSection.INTERESTS),
                list(c, PersonaSection.LIFESTYLE),
                list(c, PersonaSection.ATTITUDES),
                list(c, PersonaSection.PERSONALITY),
                list(c, PersonaSection.GOALS),
                list(c, PersonaSection.MOTIVATIONS),
                list(c, PersonaSection.PAIN_POINTS),
                list(c, PersonaSection.BUYING_BEHAVIOUR),
                orNull(c, PersonaSection.B2B_ROLE),
                list(c, PersonaSection.CHANNELS),
                new MessagingView(
                        one(c, PersonaSection.TONE),
                        list(c, PersonaSection.KEY_MESSAGES),
                        list(c, PersonaSection.AVOID)),
                List.copyOf(p.lockedFields),
                (int) all.stream().filter(Statement::stale).count(),
                evidence,
                c.notes(),
                EmptySectionView.all(c.emptySections()),
                p.createdAt,
                p.updatedAt,
                p.publishedAt);
    }

    private static StatementView one(PersonaContent c, PersonaSection s) {
        List<Statement> list = c.section(s);
        return list.isEmpty() ? null : StatementView.of(list.get(0));
    }

    private static List<StatementView> list(PersonaContent c, PersonaSection s) {
        return StatementView.all(c.section(s));
    }

    private static List<StatementView> orNull(PersonaContent c, PersonaSection s) {
        List<Statement> list = c.section(s);
        return list.isEmpty() ? null : StatementView.all(list);
    }
}
