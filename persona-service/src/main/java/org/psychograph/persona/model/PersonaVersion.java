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

/** One version of a persona, immutable once written. */
@Entity
@Table(name = "persona_version")
public class PersonaVersion {

    @Id
    public UUID id;

    @Column(name = "persona_id", nullable = false)
    public UUID personaId;

    @Column(nullable = false)
    public int version;

    @Column(name = "run_id", nullable = false)
    public String runId;

    /** The survey (wave) of the run; null for an edit (the same run as the version before it). */
    @Column(name = "survey_id")
    public String surveyId;

    @Column(name = "rule_pack", nullable = false)
    public String rulePack;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionChange change;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", columnDefinition = "text[]", nullable = false)
    public List<String> changedFields;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
