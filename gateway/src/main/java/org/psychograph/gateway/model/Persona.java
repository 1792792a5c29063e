package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.gateway.model.PersonaTypes.EmptySection;
import org.psychograph.gateway.model.PersonaTypes.Evidence;
import org.psychograph.gateway.model.PersonaTypes.Messaging;
import org.psychograph.gateway.model.PersonaTypes.PersonaStatus;
import org.psychograph.gateway.model.PersonaTypes.Statement;

/** persona-service's persona, as the gateway serves it and reads it. */
@Description("The marketing portrait of one segment. Every generated statement carries its evidence.")
public final class Persona {

    private @NonNull @Id String id;
    private @NonNull String workspaceId;
    private @NonNull String surveyId;
    private @NonNull String runId;
    private @NonNull String segmentId;
    private @NonNull Integer segmentNumber;
    private @NonNull String segmentLabel;
    private @NonNull Integer size;
    private @NonNull Double share;
    private Double stability;
    private @NonNull PersonaStatus status;
    private @NonNull Integer version;
    private @NonNull String rulePack;
    private @NonNull String name;
    private @NonNull String avatarSvg;
    private @NonNull List<@NonNull String> archetypes;
    private @NonNull List<@NonNull Statement> archetypeStatements;
    private Statement tagline;
    private Statement summary;
    private Statement sizeStatement;
    private List<@NonNull Statement> identity;
    private @NonNull List<@NonNull Statement> values;
    private @NonNull List<@NonNull Statement> interests;
    private @NonNull List<@NonNull Statement> lifestyle;
    private @NonNull List<@NonNull Statement> attitudes;
    private @NonNull List<@NonNull Statement> personality;
    private @NonNull List<@NonNull Statement> goals;
    private @NonNull List<@NonNull Statement> motivations;
    private @NonNull List<@NonNull Statement> painPoints;
    private @NonNull List<@NonNull Statement> buyingBehaviour;
    private List<@NonNull Statement> b2bRole;
    private @NonNull List<@NonNull Statement> channels;
    private @NonNull Messaging messaging;
    private @NonNull List<@NonNull String> lockedFields;
    private @NonNull Integer staleStatements;
    private @NonNull List<@NonNull Evidence> evidence;
    private @NonNull List<@NonNull String> generationNotes;
    private @NonNull List<@NonNull EmptySection> emptySections;
    private @NonNull OffsetDateTime createdAt;
    private @NonNull OffsetDateTime updatedAt;
    private OffsetDateTime publishedAt;

    public @NonNull @Id String getId() {
        return id;
    }

    public @NonNull String getWorkspaceId() {
        return workspaceId;
    }

    public @NonNull String getSurveyId() {
        return surveyId;
    }

    public @Description("The run the current version was generated from") @NonNull String getRunId() {
        return runId;
    }

    public @NonNull String getSegmentId() {
        return segmentId;
    }

    public @NonNull Integer getSegmentNumber() {
        return segmentNumber;
    }

    public @NonNull String getSegmentLabel() {
        return segmentLabel;
    }

    public @NonNull Integer getSize() {
        return size;
    }

    public @NonNull Double getShare() {
        return share;
    }

    public Double getStability() {
        return stability;
    }

    public @NonNull PersonaStatus getStatus() {
        return status;
    }

    public @NonNull Integer getVersion() {
        return version;
    }

    public @NonNull String getRulePack() {
        return rulePack;
    }

    public @NonNull String getName() {
        return name;
    }

    public @Description("A self-contained SVG image") @NonNull String getAvatarSvg() {
        return avatarSvg;
    }

    public @NonNull List<@NonNull String> getArchetypes() {
        return archetypes;
    }

    @Description("The archetypes as statements, each with its key and evidence (archetypes gives their names alone): "
            + "what an edit of the ARCHETYPES section keys its lines to")
    public @NonNull List<@NonNull Statement> getArchetypeStatements() {
        return archetypeStatements;
    }

    public Statement getTagline() {
        return tagline;
    }

    public Statement getSummary() {
        return summary;
    }

    public Statement getSizeStatement() {
        return sizeStatement;
    }

    public List<@NonNull Statement> getIdentity() {
        return identity;
    }

    public @NonNull List<@NonNull Statement> getValues() {
        return values;
    }

    public @NonNull List<@NonNull Statement> getInterests() {
        return interests;
    }

    public @NonNull List<@NonNull Statement> getLifestyle() {
        return lifestyle;
    }

    public @NonNull List<@NonNull Statement> getAttitudes() {
        return attitudes;
    }

    public @NonNull List<@NonNull Statement> getPersonality() {
        return personality;
    }

    public @NonNull List<@NonNull Statement> getGoals() {
        return goals;
    }

    public @NonNull List<@NonNull Statement> getMotivations() {
        return motivations;
    }

    public @NonNull List<@NonNull Statement> getPainPoints() {
        return painPoints;
    }

    public @NonNull List<@NonNull Statement> getBuyingBehaviour() {
        return buyingBehaviour;
    }

    public List<@NonNull Statement> getB2bRole() {
        return b2bRole;
    }

    public @NonNull List<@NonNull Statement> getChannels() {
        return channels;
    }

    public @NonNull Messaging getMessaging() {
        return messaging;
    }

    public @NonNull List<@NonNull String> getLockedFields() {
        return lockedFields;
    }

    public @NonNull Integer getStaleStatements() {
        return staleStatements;
    }

    public @NonNull List<@NonNull Evidence> getEvidence() {
        return evidence;
    }

    public @Description("What generation left out and why: statements the contradiction guard dropped because their "
            + "evidence points the other way or is not significant, concepts whose answers point both ways") @NonNull
    List<@NonNull String> getGenerationNotes() {
        return generationNotes;
    }

    public @Description("The card's sections that are empty, each with the reason") @NonNull List<@NonNull EmptySection>
            getEmptySections() {
        return emptySections;
    }

    public @NonNull OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public @NonNull OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
