package org.psychograph.gateway;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ServiceArchitecture;

/**
 * The gateway keeps the services' package skeleton (docs/architecture.md): its own packages beside it are
 * {@code limits/} (what a request may cost) and {@code health/} (the services' readiness); no package cycles, only
 * {@code api/} sees {@code api/}, and nothing of another service is imported.
 */
class ArchitectureTest {

    @Test
    void theSkeletonHolds() {
        ServiceArchitecture.of("gateway", Set.of("limits", "health")).check();
    }
}
