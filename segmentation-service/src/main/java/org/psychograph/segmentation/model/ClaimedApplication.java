package org.psychograph.segmentation.model;

import java.util.UUID;

/** A model application a worker holds the lease of. */
public record ClaimedApplication(
        UUID id, UUID runId, String workspaceId, String surveyId, int attempts, int maxAttempts) {}
