package org.psychograph.survey.importing;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.psychograph.survey.coding.CodedResponse;
import org.psychograph.survey.repository.ResponseStore;

/**
 * Writes the batches of an import into a survey that had no responses straight into the response table,
 * while the file is still being read: the bulk case, with no staging copy and no merge (ADR 0007).
 *
 * <p>A plain INSERT fails on a repeated respondent, so repeats are kept out of the batches beforehand, in
 * memory that does not grow with the file: a Bloom filter of the ids written so far (sized for the largest
 * file allowed) says which ids of a batch may have come before; only those few are looked up among the rows
 * already written, whose source row is their row in the file. Repeats inside one batch are found with
 * the batch's own ids. Each repeat becomes an error naming both rows, and is not written.
 */
final class FirstImportWriter {

    /** Share of new ids the filter wrongly calls "maybe seen": each costs one key in one lookup query. */
    private static final double FALSE_SUSPECTS = 0.001;

    private final ResponseStore store;
    private final SqlConnection connection;
    private final String workspaceId;
    private final UUID surveyId;
    private final Consumer<ImportError> repeats;
    private final BloomFilter<CharSequence> written;
    private long rowsWritten;

    FirstImportWriter(
            ResponseStore store,
            SqlConnection connection,
            String workspaceId,
            UUID surveyId,
            long maxRows,
            Consumer<ImportError> repeats) {
        this.store = store;
        this.connection = connection;
        this.workspaceId = workspaceId;
        this.surveyId = surveyId;
        this.repeats = repeats;
        this.written = BloomFilter.create(Funnels.unencodedCharsFunnel(), Math.max(1000, maxRows), FALSE_SUSPECTS);
    }

    /**
     * Reports the batch's repeated respondents and sends the rest. Called on the reading thread; waits for the
     * previous batch (it must be written before this one is checked against it), so one batch is in flight
     * while the next is read.
     */
    CompletableFuture<Void> write(List<CodedResponse> batch, CompletableFuture<Void> previous) {
        Map<String, Long> firstRowInBatch = new HashMap<>(batch.size() * 2);
        List<String> suspects = new ArrayList<>();
        for (CodedResponse response : batch) {
            String id = response.respondentId();
            // put answers whether the id may have been there before: one hash per id instead of two (a repeat
            // changes nothing in the filter, and every other id is about to be written)
            if (firstRowInBatch.putIfAbsent(id, response.rowNumber()) == null && !written.put(id)) {
                suspects.add(id);
            }
        }
        // the statement's parameters are built while the previous batch is still being written
        ResponseStore.NewResponses prepared = store.prepareNew(batch);
        previous.join();
        Map<String, Long> earlier =
                store.sourceRows(connection, surveyId, suspects).await().indefinitely();
        List<CodedResponse> fresh = new ArrayList<>(batch.size());
        for (CodedResponse response : batch) {
            String id = response.respondentId();
            Long first = earlier.getOrDefault(id, firstRowInBatch.get(id));
            if (first.longValue() != response.rowNumber()) {
                repeats.accept(ImportError.of(
                        response.rowNumber(),
                        "respondentId",
                        id,
                        "duplicate respondent in the file (first at row " + first + ")"));
            } else {
                fresh.add(response);
            }
        }
        if (fresh.size() < batch.size()) {
            prepared = store.prepareNew(fresh); // only in a file that is rejected anyway
        }
        return store.insertNew(connection, workspaceId, surveyId, prepared)
                .invoke(count -> rowsWritten += count)
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    /** Responses written so far (complete once the last batch's future has completed). */
    long rowsWritten() {
        return rowsWritten;
    }
}
