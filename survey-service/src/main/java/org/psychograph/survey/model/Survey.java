package org.psychograph.survey.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A questionnaire of one workspace. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SurveyStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * The tracker this survey is a wave of: the id of its first wave (that wave's own id too), or null when the
     * survey has no waves. See docs/adr/0014-survey-waves-as-linked-surveys.md.
     */
    @Column(name = "tracker_id")
    public UUID trackerId;

    /** The wave's name in its tracker ("Wave 1", "March 2026"); set exactly when {@link #trackerId} is. */
    @Column(name = "wave_label")
    public String waveLabel;

    @Column(name = "fielded_from")
    public LocalDate fieldedFrom;

    @Column(name = "fielded_to")
    public LocalDate fieldedTo;
}
