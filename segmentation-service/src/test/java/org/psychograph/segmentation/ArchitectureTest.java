package org.psychograph.segmentation;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ServiceArchitecture;

/**
 * segmentation-service keeps the services' package skeleton (docs/architecture.md): its own packages beside it are
 * {@code clustering/} (the engine on Tribuo), {@code queue/} (claiming and leasing tasks), {@code pipeline/} (one
 * step per task kind), {@code outbox/} (the relay to persona-service) and {@code stored/} (the stored report and
 * its formats); no package cycles, only {@code api/} sees {@code api/}, and nothing of another service is imported.
 */
class ArchitectureTest {

    @Test
    void theSkeletonHolds() {
        ServiceArchitecture.of("segmentation", Set.of("clustering", "queue", "pipeline", "outbox", "stored"))
                .check();
    }
}
