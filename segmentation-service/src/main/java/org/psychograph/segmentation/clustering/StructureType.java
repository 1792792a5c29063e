package org.psychograph.segmentation.clustering;

/**
 * What kind of segments the data holds (Dolnicar, Grün &amp; Leisch 2018, ch. 7), judged by comparing each k's
 * bootstrap stability with the stability of structureless data of the same shape.
 */
public enum StructureType {
    /** Distinct segments: stability clearly above the structureless reference, with a peak at some k. */
    NATURAL,
    /** Real but not distinct structure: stability above the reference, no k stands out. */
    REPRODUCIBLE,
    /** No structure to find: stability at the reference level; segments are a useful cut, not a finding. */
    CONSTRUCTIVE
}
