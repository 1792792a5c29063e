package org.psychograph.segmentation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One analysis of one survey with one configuration. Its status and progress change in plain SQL (repository.RunStateRepository). */
@Entity
@Table(name = "segmentation_run")
public class SegmentationRun {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(name = "survey_id", nullable = false)
    public String surveyId;

    @Column(name = "survey_title")
    public String surveyTitle;

    /** The survey's tracker when it is fielded in waves (the first wave's survey id), else null. */
    @Column(name = "tracker_id")
    public String trackerId;

    @Column(name = "created_by")
    public String createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunPhase phase;

    @Column(nullable = false)
    public int percent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RunConfig config;

    @Column(nullable = false)
    public long seed;

    public String error;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "respondent_count")
    public Integer respondentCount;

    @Column(name = "dropped_count")
    public Integer droppedCount;

    @Column(name = "recommended_k")
    public Integer recommendedK;

    @Column(name = "recommendation_reason")
    public String recommendationReason;

    @Column(name = "chosen_k")
    public Integer chosenK;

    @Column(name = "data_fingerprint")
    public String dataFingerprint;

    @Column(name = "tribuo_version")
    public String tribuoVersion;

    public byte[] report;

    public byte[] model;
}
