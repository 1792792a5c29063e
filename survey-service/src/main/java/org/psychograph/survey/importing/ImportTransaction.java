package org.psychograph.survey.importing;

import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.psychograph.survey.coding.CodedResponse;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.repository.ResponseStore;

/**
 * The database side of one import: a connection, a transaction and the survey's write lock, taken only when the
 * whole upload has arrived and been coded without error ({@link CodedRowSpool}), and held while the spooled rows
 * are written, all or nothing. A file refused anywhere never takes a connection, and however slowly a client
 * sends, it holds nothing in the database meanwhile.
 *
 * <p>Into a survey without responses the batches go straight into the response table ({@link FirstImportWriter});
 * into one with responses they are staged, checked for repeated respondents, then merged (changed responses
 * replaced, new ones added, identical ones left alone). Errors found while writing (repeated respondents) go to
 * the import's error list; the import is rejected if there are any.
 */
final class ImportTransaction implements AutoCloseable {

    private final ResponseStore store;
    private final Survey survey;
    private final ImportErrors errors;
    private final long maxRows;
    private SqlConnection connection;
    private Transaction transaction;
    private Write write;
    private boolean hadResponses;
    private boolean committed;

    ImportTransaction(ResponseStore store, Survey survey, ImportErrors errors, long maxRows) {
        this.store = store;
        this.survey = survey;
        this.errors = errors;
        this.maxRows = maxRows;
    }

    /** Sends a batch; {@code previous} is the last batch's, so that one batch is in flight while the next is read. */
    CompletableFuture<Void> send(List<CodedResponse> batch, CompletableFuture<Void> previous) {
        open();
        return write.send(batch, previous);
    }

    /** Completes the write after the last batch; answers the responses written. */
    long finish() {
        open();
        return write.finish();
    }

    void commit() {
        transaction.commit().await().indefinitely();
        committed = true;
    }

    /** Whether the survey had responses when the write began (known once writing has begun). */
    boolean hadResponses() {
        return hadResponses;
    }

    /** Rolls back unless committed, and gives the connection back. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            if (!committed) {
                transaction.rollback().onFailure().recoverWithNull().await().indefinitely();
            }
        } finally {
            connection.close().await().indefinitely();
        }
    }

    private void open() {
        if (connection != null) {
            return;
        }
        connection = store.pool().getConnection().await().indefinitely();
        transaction = connection.begin().await().indefinitely();
        hadResponses = store.lockForWrite(connection, survey.id).await().indefinitely();
        write = hadResponses ? mergeLater() : writeNow();
    }

    /** Where the batches of a clean file go, and what completes the write. */
    private interface Write {
        CompletableFuture<Void> send(List<CodedResponse> batch, CompletableFuture<Void> previous);

        long finish();
    }

    private Write writeNow() {
        FirstImportWriter writer =
                new FirstImportWriter(store, connection, survey.workspaceId, survey.id, maxRows, errors::add);
        return new Write() {
            @Override
            public CompletableFuture<Void> send(List<CodedResponse> batch, CompletableFuture<Void> previous) {
                return writer.write(batch, previous);
            }

            @Override
            public long finish() {
                return writer.rowsWritten();
            }
        };
    }

    private Write mergeLater() {
        store.createStaging(connection).await().indefinitely();
        boolean[] attributesSeen = {false};
        return new Write() {
            @Override
            public CompletableFuture<Void> send(List<CodedResponse> batch, CompletableFuture<Void> previous) {
                attributesSeen[0] |=
                        batch.stream().anyMatch(r -> !r.attributes().isEmpty());
                previous.join();
                return store.stage(connection, batch).subscribeAsCompletionStage();
            }

            @Override
            public long finish() {
                findDuplicates();
                if (!errors.isEmpty()) {
                    return 0;
                }
                return store.mergeStaged(connection, survey.workspaceId, survey.id, attributesSeen[0], true)
                        .await()
                        .indefinitely();
            }
        };
    }

    private void findDuplicates() {
        List<String> ids = new ArrayList<>();
        List<long[]> duplicates =
                store.stagedDuplicates(connection, errors.room(), ids).await().indefinitely();
        for (int i = 0; i < duplicates.size(); i++) {
            errors.add(ImportError.of(
                    duplicates.get(i)[1],
                    "respondentId",
                    ids.get(i),
                    "duplicate respondent in the file (first at row "
                            + duplicates.get(i)[0] + ")"));
        }
    }
}
