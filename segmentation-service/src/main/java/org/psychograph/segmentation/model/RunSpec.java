package org.psychograph.segmentation.model;

import java.util.UUID;

/** What a worker needs to know about a run: whose it is, which survey, and its resolved configuration. */
public record RunSpec(UUID id, String workspaceId, String surveyId, RunConfig config) {}
