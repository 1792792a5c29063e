package org.psychograph.persona.client;

/** One category of a categorical descriptor: its share in the segment and in the whole sample. */
public record CategoryShare(String label, int count, double segmentShare, double overallShare) {}
