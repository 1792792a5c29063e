package org.psychograph.persona;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ServiceArchitecture;

/**
 * persona-service keeps the services' package skeleton (docs/architecture.md): its own packages beside it are
 * {@code generation/}, {@code meaning/}, {@code rules/} and {@code campaign/}; no package cycles, only {@code api/}
 * sees {@code api/}, and nothing of another service is imported.
 */
class ArchitectureTest {

    @Test
    void theSkeletonHolds() {
        ServiceArchitecture.of("persona", Set.of("generation", "meaning", "rules", "campaign"))
                .check();
    }
}
