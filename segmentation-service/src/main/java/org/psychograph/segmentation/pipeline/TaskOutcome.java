package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * What a task leaves behind: its stored result (null for none) and the follow-up to run in the transaction that
 * completes it (store its input or solution, plan the next tasks, move the run's progress).
 */
public record TaskOutcome(byte[] result, Function<SqlConnection, Uni<Void>> followUp) {}
