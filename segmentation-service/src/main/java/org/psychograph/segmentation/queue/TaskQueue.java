package org.psychograph.segmentation.queue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.RunStatus;
import org.psychograph.segmentation.repository.RunStateRepository;
import org.psychograph.segmentation.repository.TaskRepository;

/**
 * The durable job queue as a worker uses it: claim a task (a lease), renew the leases it holds, complete a task or
 * record a failed attempt, and fail the run when a task has used its last attempt. Claiming is fair across
 * workspaces: the next task comes from the workspace with the fewest tasks running now (oldest first among
 * equals), and no workspace has more than {@code psychograph.worker.max-running-per-workspace} running at once.
 *
 * <p>Methods block: they are called from the worker's own threads, never from the event loop.
 */
@ApplicationScoped
public class TaskQueue {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TaskRepository tasks;
    private final RunStateRepository runs;
    private final int maxRunningPerWorkspace;

    @Inject
    public TaskQueue(TaskRepository tasks, RunStateRepository runs, WorkerConfig config) {
        this(tasks, runs, config.maxRunningPerWorkspace());
    }

    /** A queue with its own per-workspace limit (tests of fairness). */
    public TaskQueue(TaskRepository tasks, RunStateRepository runs, int maxRunningPerWorkspace) {
        this.tasks = tasks;
        this.runs = runs;
        this.maxRunningPerWorkspace = maxRunningPerWorkspace;
    }

    /** Takes the lease of a claimable task (queued, or running with an expired lease), if any. */
    public Optional<ClaimedTask> claim(String owner, Duration lease) {
        return tasks.claim(owner, lease, maxRunningPerWorkspace).await().atMost(WAIT);
    }

    /** Renews the leases this worker holds; returns how many it still had. */
    public int heartbeat(String owner, Collection<Long> taskIds, Duration lease) {
        return tasks.renew(owner, taskIds, lease).await().atMost(WAIT);
    }

    /** Completes a task with its follow-up (see {@link TaskRepository#complete}); false when the lease was lost. */
    public boolean complete(
            ClaimedTask task, String owner, byte[] result, Function<SqlConnection, Uni<Void>> followUp) {
        return tasks.complete(task, owner, result, followUp).await().atMost(WAIT);
    }

    /**
     * Records a failed attempt: the task goes back to the queue, or, after its last attempt, fails for good, and
     * so does its run (with this error). Returns whether it was the last.
     */
    public boolean failAttempt(ClaimedTask task, String owner, String error) {
        boolean last = task.attempts() >= task.maxAttempts();
        boolean recorded = tasks.failAttempt(task, owner, error, last).await().atMost(WAIT);
        if (last && recorded) {
            failRun(task.runId(), error);
        }
        return last;
    }

    /**
     * A run that cannot succeed with its input: its task fails at once, without further attempts, and the run fails
     * with a VALIDATION error that names the offending field.
     */
    public void reject(ClaimedTask task, String owner, RunRejected rejection) {
        if (tasks.failAttempt(task, owner, rejection.getMessage(), true).await().atMost(WAIT)) {
            failRun(task.runId(), "VALIDATION " + rejection.getMessage());
        }
    }

    /** Marks a task cancelled (its run was stopped while it ran). */
    public void cancelled(ClaimedTask task, String owner) {
        tasks.cancelled(task, owner).await().atMost(WAIT);
    }

    /** Fails the tasks whose worker died on their last attempt, and their runs; returns the runs. */
    public List<UUID> failAbandoned() {
        List<UUID> failed = tasks.failAbandoned().await().atMost(WAIT);
        failed.forEach(run -> failRun(run, "a task was abandoned by its worker on every attempt (lease expired)"));
        return failed;
    }

    /** Whether the run should stop: cancelled, failed, finished, or gone. */
    public boolean stopped(UUID runId) {
        Optional<RunStatus> status = runs.status(runId).await().atMost(WAIT);
        return status.isEmpty() || status.get().finished();
    }

    /** Whether a task should stop: its run stopped, or the task itself is no longer needed (cancelled on its own). */
    public boolean stopped(ClaimedTask task) {
        return stopped(task.runId()) || tasks.cancelled(task.id()).await().atMost(WAIT);
    }

    private void failRun(UUID runId, String error) {
        runs.fail(runId, error).await().atMost(WAIT);
    }
}
