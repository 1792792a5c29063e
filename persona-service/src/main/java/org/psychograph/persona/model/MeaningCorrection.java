package org.psychograph.persona.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.psychograph.persona.rules.Direction;

/**
 * An analyst's reading of one question of a survey: the concept and pole agreement with it means, or (both
 * null) that it measures no concept. Wins over the rule pack's bindings and the automatic reading.
 */
@Entity
@Table(name = "question_meaning_correction")
public class MeaningCorrection {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(name = "survey_id", nullable = false)
    public String surveyId;

    @Column(name = "question_code", nullable = false)
    public String questionCode;

    /** A concept id of the vocabulary, or null: the question measures none. */
    public String concept;

    @Enumerated(EnumType.STRING)
    public Direction pole;

    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public OffsetDateTime correctedAt;
}
