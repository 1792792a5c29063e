package org.psychograph.persona.generation;

/** What kind of statistic an evidence item is. */
public enum EvidenceKind {
    /** a basis variable's segment mean against the overall mean */
    PROFILE_MEAN,
    /** a numeric descriptor's segment mean against the overall mean */
    DESCRIPTOR_MEAN,
    /** a category's share in the segment against its overall share */
    CATEGORY_SHARE,
    /** the segment's share of the sample */
    SEGMENT_SHARE
}
