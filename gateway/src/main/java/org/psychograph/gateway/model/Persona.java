package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.gateway.model.PersonaTypes.Evidence;
import org.psychograph.gateway.model.PersonaTypes.Messaging;
import org.psychograph.gateway.model.PersonaTypes.PersonaStatus;
import org.psychograph.gateway.model.PersonaTypes.Statement;

/** persona-service's persona, as the gateway serves it and reads it. */
@Description("The marketing portrait of one segment. Every generated statement carries its evidence.")
public record Persona(
        @NonNull @Id String id,
        @NonNull String workspaceId,
        @NonNull String surveyId,
        @Description("The run the current version was generated from") @NonNull String runId,
        @NonNull String segmentId,
        @NonNull Integer segmentNumber,
        @NonNull String segmentLabel,
        @NonNull Integer size,
        @NonNull Double share,
        Double stability,
        @NonNull PersonaStatus status,
        @NonNull Integer version,
        @NonNull String rulePack,
        @NonNull String name,
        @Description("A self-contained SVG image") @NonNull String avatarSvg,
        @NonNull List<@NonNull String> archetypes,
        Statement tagline,
        Statement summary,
        Statement sizeStatement,
        List<@NonNull Statement> identity,
        @NonNull List<@NonNull Statement> values,
        @NonNull List<@NonNull Statement> interests,
        @NonNull List<@NonNull Statement> lifestyle,
        @NonNull List<@NonNull Statement> attitudes,
        @NonNull List<@NonNull Statement> personality,
        @NonNull List<@NonNull Statement> goals,
        @NonNull List<@NonNull Statement> motivations,
        @NonNull List<@NonNull Statement> painPoints,
        @NonNull List<@NonNull Statement> buyingBehaviour,
        List<@NonNull Statement> b2bRole,
        @NonNull List<@NonNull Statement> channels,
        @NonNull Messaging messaging,
        @NonNull List<@NonNull String> lockedFields,
        @NonNull Integer staleStatements,
        @NonNull List<@NonNull Evidence> evidence,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        OffsetDateTime publishedAt) {
}
