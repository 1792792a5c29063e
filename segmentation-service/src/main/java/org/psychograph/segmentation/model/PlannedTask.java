package org.psychograph.segmentation.model;

/** A task to enqueue. */
public record PlannedTask(TaskKind kind, Integer k, Integer rangeFrom, Integer rangeTo, int fits) {}
