package org.psychograph.segmentation.model;

import org.psychograph.segmentation.model.TaskKind;

/** A task to enqueue. */
public record PlannedTask(TaskKind kind, Integer k, Integer rangeFrom, Integer rangeTo, int fits) {
}
