package org.psychograph.segmentation.stored;

/**
 * The structure verdict of a run as stored.
 *
 * @param type        NATURAL, REPRODUCIBLE or CONSTRUCTIVE; null when no bootstrap stability was measured
 * @param explanation the verdict in plain words with its numbers
 */
public record StoredStructure(String type, String explanation) {}
