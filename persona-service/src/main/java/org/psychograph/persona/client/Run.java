package org.psychograph.persona.client;

import java.util.List;

/** A segmentation run as persona-service reads it (docs/contracts/segmentation-for-personas.graphql). */
public record Run(
        String id,
        String workspaceId,
        String surveyId,
        String surveyTitle,
        String trackerId,
        RunStatus status,
        Integer chosenK,
        Integer recommendedK,
        List<Segment> segments) {

    /**
     * What the run's personas continue: the survey's tracker when it is fielded in waves (so a run on wave 2
     * continues wave 1's personas), else the survey. A tracker's id is its first wave's survey id, so personas made
     * before the survey had waves are found under it too.
     */
    public String lineage() {
        return trackerId != null ? trackerId : surveyId;
    }

    public List<Segment> segments() {
        return segments == null ? List.of() : segments;
    }
}
