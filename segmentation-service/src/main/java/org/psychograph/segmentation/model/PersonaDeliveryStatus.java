package org.psychograph.segmentation.model;

import org.eclipse.microprofile.graphql.Description;

/** Where a run's RunSucceeded event stands with persona-service (see the outbox relay). */
public enum PersonaDeliveryStatus {
    @Description("Not delivered yet; retried with backoff")
    PENDING,
    @Description("persona-service wrote the run's personas")
    DELIVERED,
    @Description("Given up: persona-service refused the run, or every attempt failed; lastError says why")
    FAILED
}
