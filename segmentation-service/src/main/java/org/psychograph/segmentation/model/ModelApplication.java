package org.psychograph.segmentation.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A run's stored model applied to a survey's respondents (another wave, or the fitting survey itself).
 *
 * @param report the stored drift report (gzip JSON), null until the application has succeeded
 */
public record ModelApplication(
        UUID id,
        UUID runId,
        String workspaceId,
        String surveyId,
        String surveyTitle,
        String createdBy,
        ApplicationStatus status,
        int attempts,
        String error,
        Integer placedCount,
        Integer unplacedCount,
        byte[] report,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {}
