package org.psychograph.segmentation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same scenarios against the packaged application: the JVM jar with {@code -DskipITs=false}, the
 * native executable with {@code -Pnative} (where a GraalVM/Mandrel builder exists). The in-process worker,
 * Tribuo fits, protobuf model storage and the stored JSON all run inside the packaged artifact.
 */
@QuarkusIntegrationTest
class SegmentationRunIT extends SegmentationRunTest {}
