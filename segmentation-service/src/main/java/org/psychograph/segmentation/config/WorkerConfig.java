package org.psychograph.segmentation.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * The worker's settings ({@code psychograph.worker.*}): whether this process runs tasks, how many at once, their
 * lease and attempts, and how runs are cut into tasks. Environment variables as in docs/operations.md.
 */
@ConfigMapping(prefix = "psychograph.worker")
public interface WorkerConfig {

    /** Run segmentation tasks in this process; false on API-only pods. */
    boolean enabled();

    /** Tasks one worker process runs at once. */
    int concurrency();

    /** Threads for k-means fits; 0 = one per core. */
    int fitThreads();

    /** A task's lease, renewed every third of it while the task runs. */
    Duration lease();

    /** The slow poll behind LISTEN/NOTIFY. */
    Duration pollInterval();

    /** Attempts before a task (and its run) fails. */
    int maxAttempts();

    /** Tasks one workspace may have running at once over all workers. */
    int maxRunningPerWorkspace();

    /** k-means restarts in one CLUSTER task. */
    int restartsPerTask();

    /** Bootstrap replicates in one BOOTSTRAP task. */
    int replicatesPerTask();
}
