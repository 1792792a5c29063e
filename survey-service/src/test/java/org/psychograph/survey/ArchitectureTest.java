package org.psychograph.survey;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ServiceArchitecture;

/**
 * survey-service keeps the services' package skeleton (docs/architecture.md): its own packages beside it are
 * {@code coding/} (answers to numbers) and {@code importing/} (uploads, all or nothing); no package cycles, only
 * {@code api/} sees {@code api/}, and nothing of another service is imported.
 */
class ArchitectureTest {

    @Test
    void theSkeletonHolds() {
        ServiceArchitecture.of("survey", Set.of("coding", "importing")).check();
    }
}
