package org.psychograph.persona.client;

import java.util.List;

/** A segmentation run as persona-service reads it (docs/contracts/segmentation-for-personas.graphql). */
public record Run(
        String id,
        String workspaceId,
        String surveyId,
        String surveyTitle,
        RunStatus status,
        Integer chosenK,
        Integer recommendedK,
        List<Segment> segments) {

    public List<Segment> segments() {
        return segments == null ? List.of() : segments;
    }
}
