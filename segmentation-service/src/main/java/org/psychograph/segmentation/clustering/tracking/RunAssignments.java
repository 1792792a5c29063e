package org.psychograph.segmentation.clustering.tracking;

/**
 * One run's assignments as parallel arrays (respondent id, 0-based segment): two arrays scale to a million
 * respondents where a map of boxed entries would take several times the memory.
 */
public record RunAssignments(String[] respondentIds, int[] segments) {

    public RunAssignments {
        if (respondentIds.length != segments.length) {
            throw new IllegalArgumentException("one segment per respondent id expected");
        }
    }

    public int size() {
        return segments.length;
    }
}
