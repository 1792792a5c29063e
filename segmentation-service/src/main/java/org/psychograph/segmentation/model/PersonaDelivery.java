package org.psychograph.segmentation.model;

import java.time.OffsetDateTime;

/** Where a run's latest RunSucceeded event stands with persona-service. */
public record PersonaDelivery(
        PersonaDeliveryStatus status, int attempts, String lastError, OffsetDateTime deliveredAt) {}
