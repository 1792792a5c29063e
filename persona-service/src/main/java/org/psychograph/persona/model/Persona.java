package org.psychograph.persona.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A persona lineage with its current version's content (JSON of {@code PersonaContent}). */
@Entity
@Table(name = "persona")
public class Persona {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(name = "survey_id", nullable = false)
    public String surveyId;

    @Column(name = "run_id", nullable = false)
    public String runId;

    @Column(name = "segment_id", nullable = false)
    public String segmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonaStatus status;

    @Column(nullable = false)
    public int version;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "locked_fields", columnDefinition = "text[]", nullable = false)
    public List<String> lockedFields;

    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
