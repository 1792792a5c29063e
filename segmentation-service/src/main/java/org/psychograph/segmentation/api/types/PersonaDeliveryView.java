package org.psychograph.segmentation.api.types;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.PersonaDeliveryStatus;

@Type("PersonaDelivery")
@Description("How the run's completion reached persona-service, which writes its personas.")
public record PersonaDeliveryView(
        @NonNull PersonaDeliveryStatus status,
        @Description("Delivery attempts so far") int attempts,

        @Description("Why the last attempt failed (FAILED: why it was given up), else null")
        String lastError,

        OffsetDateTime deliveredAt) {}
