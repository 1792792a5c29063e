package org.psychograph.survey.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of a survey, identified in its survey by a code (the column name in imports). */
@Entity
@Table(name = "question")
public class Question {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    /** 0-based position; also the index of this question's answer in a stored response. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Dimension dimension;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionRole role;

    @Column(name = "reverse_coded", nullable = false)
    public boolean reverseCoded;

    @Column(name = "scale_min")
    public Integer scaleMin;

    @Column(name = "scale_max")
    public Integer scaleMax;

    @Column(name = "numeric_min")
    public Double numericMin;

    @Column(name = "numeric_max")
    public Double numericMax;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> options;

    /** Answers that mean "not answered" (user-missing values), or null. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "missing_codes", columnDefinition = "text[]")
    public List<String> missingCodes;
}
