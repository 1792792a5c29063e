package org.psychograph.survey.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.psychograph.survey.coding.CodedResponse;
import org.psychograph.survey.coding.QuestionSet;
import org.psychograph.survey.coding.ResponseCoder;
import org.psychograph.survey.coding.ResponseCoder.Problem;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.model.SurveyStatus;
import org.psychograph.survey.repository.ResponseStore;
import org.psychograph.survey.security.Caller;
import org.psychograph.survey.service.SurveyService;
import org.psychograph.survey.service.ValidationException;

/**
 * Streams an import file into the database, all or nothing.
 *
 * <p>Rows are coded as they are read and written in batches inside one transaction, one batch in flight
 * while the next is read, so memory stays flat whatever the file size. Into a survey without responses the
 * batches go straight into the response table ({@link FirstImportWriter}); into one with responses they are
 * staged in a temporary table and merged at the end. The first invalid row stops the writing; reading goes
 * on only to list more errors, up to the configured maximum. Only a clean file is committed; otherwise the
 * transaction is rolled back and nothing is written. Runs on a worker thread: parsing blocks.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final SurveyService surveys;
    private final ResponseStore store;
    private final Caller caller;
    private final ObjectMapper json;
    private final long maxRows;
    private final int maxErrors;
    private final int batchSize;
    private final long maxBytes;

    public ImportService(SurveyService surveys, ResponseStore store, Caller caller, ObjectMapper json,
            @ConfigProperty(name = "psychograph.import.max-rows") long maxRows,
            @ConfigProperty(name = "psychograph.import.max-errors") int maxErrors,
            @ConfigProperty(name = "psychograph.import.batch-size") int batchSize,
            @ConfigProperty(name = "psychograph.import.max-bytes") long maxBytes) {
        this.surveys = surveys;
        this.store = store;
        this.caller = caller;
        this.json = json;
        this.maxRows = maxRows;
        this.maxErrors = maxErrors;
        this.batchSize = batchSize;
        this.maxBytes = maxBytes;
    }

    public ImportReport importFile(String surveyId, ImportOptions options, InputStream body) throws Throwable {
        caller.requireAnalyst();
        Set<String> workspaces = caller.workspaces();
        long started = System.nanoTime();
        Survey survey = VertxContextSupport.subscribeAndAwait(() -> surveys.findVisible(surveyId, workspaces));
        if (survey.status != SurveyStatus.OPEN) {
            throw new ValidationException("surveyId",
                    "responses are accepted only while the survey is OPEN; it is " + survey.status);
        }
        QuestionSet questions = new QuestionSet(
                VertxContextSupport.subscribeAndAwait(() -> surveys.questionsOf(survey.id)));
        ErrorList errors = new ErrorList(maxErrors);
        ResponseCoder coder = new ResponseCoder(questions);
        InputStream limited = new StrictUtf8.LimitedInputStream(body, maxBytes);

        SqlConnection connection = store.pool().getConnection().await().indefinitely();
        Transaction transaction = connection.begin().await().indefinitely();
        boolean committed = false;
        try {
            boolean hadResponses = store.lockForWrite(connection, survey.id).await().indefinitely();
            ResponseRows rows;
            try {
                rows = rows(options, limited, coder, errors);
            } catch (ImportAborted e) {
                if (e.error() != null) {
                    errors.add(e.error());
                }
                errors.markFatal();
                return report("REJECTED", 0, 0, started, errors);
            }
            Write write = hadResponses ? mergeLater(connection, survey, errors) : writeNow(connection, survey, errors);
            long rowsRead = read(rows, errors, write);
            long read = System.nanoTime();
            if (!errors.isEmpty()) {
                return report("REJECTED", rowsRead, 0, started, errors);
            }
            long written = write.finish();
            long merged = System.nanoTime();
            if (!errors.isEmpty()) {
                return report("REJECTED", rowsRead, 0, started, errors);
            }
            transaction.commit().await().indefinitely();
            committed = true;
            LOG.infof("imported %d rows (%d written) into survey %s (%s): read+write %d ms, merge %d ms, commit %d ms",
                    rowsRead, written, survey.id, hadResponses ? "merged with earlier responses" : "first responses",
                    (read - started) / 1_000_000, (merged - read) / 1_000_000, (System.nanoTime() - merged) / 1_000_000);
            return report("IMPORTED", rowsRead, written, started, errors);
        } finally {
            if (!committed) {
                transaction.rollback().onFailure().recoverWithNull().await().indefinitely();
            }
            connection.close().await().indefinitely();
        }
    }

    /**
     * Where the batches of a clean file go while it is read, and what completes the write. Errors found while
     * writing (repeated respondents) go to the import's error list; the import is rejected if there are any.
     */
    private interface Write {
        /** Sends a batch; {@code previous} is the last batch's, so that one batch is in flight while the next is read. */
        CompletableFuture<Void> send(List<CodedResponse> batch, CompletableFuture<Void> previous);

        /** Completes the write after the last batch; answers the responses written. */
        long finish();
    }

    /** Into a survey without responses: straight into the response table (see {@link FirstImportWriter}). */
    private Write writeNow(SqlConnection connection, Survey survey, ErrorList errors) {
        FirstImportWriter writer = new FirstImportWriter(store, connection, survey.workspaceId, survey.id, maxRows,
                errors::add);
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

    /**
     * Into a survey with responses: staged, checked for repeated respondents, then merged (changed responses
     * replaced, new ones added, identical ones left alone).
     */
    private Write mergeLater(SqlConnection connection, Survey survey, ErrorList errors) {
        store.createStaging(connection).await().indefinitely();
        boolean[] attributesSeen = {false};
        return new Write() {
            @Override
            public CompletableFuture<Void> send(List<CodedResponse> batch, CompletableFuture<Void> previous) {
                attributesSeen[0] |= batch.stream().anyMatch(r -> !r.attributes().isEmpty());
                previous.join();
                return store.stage(connection, batch).subscribeAsCompletionStage();
            }

            @Override
            public long finish() {
                findDuplicates(connection, errors);
                if (!errors.isEmpty()) {
                    return 0;
                }
                return store.mergeStaged(connection, survey.workspaceId, survey.id, attributesSeen[0], true)
                        .await().indefinitely();
            }
        };
    }

    private ResponseRows rows(ImportOptions options, InputStream in, ResponseCoder coder, ErrorList errors)
            throws ImportAborted {
        Consumer<Problem> sink = errors::add;
        return switch (options.format()) {
            case CSV -> new CsvResponseRows(StrictUtf8.reader(in), coder, options, sink);
            case NDJSON -> new NdjsonResponseRows(StrictUtf8.reader(in), json, coder, sink);
        };
    }

    /**
     * Reads every row and sends clean batches (one in flight while the next is read) until the first invalid
     * row; after that it reads on only to list more errors. Answers the rows read.
     */
    private long read(ResponseRows rows, ErrorList errors, Write write) throws IOException {
        List<CodedResponse> batch = new ArrayList<>(batchSize);
        CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
        try (rows) {
            ResponseRows.Next next;
            while (!errors.isFull() && (next = rows.next()) != null) {
                if (rows.rowNumber() > maxRows) {
                    errors.add(ImportError.of(rows.rowNumber(), null, null,
                            "the file has more than " + maxRows + " rows (psychograph.import.max-rows)"));
                    errors.markFatal();
                    break;
                }
                if (next.response() == null || errors.hasInvalidRows()) {
                    batch.clear();
                    continue;
                }
                batch.add(next.response());
                if (batch.size() == batchSize) {
                    inFlight = write.send(batch, inFlight);
                    batch = new ArrayList<>(batchSize);
                }
            }
        } catch (ImportAborted e) {
            if (e.error() != null) {
                errors.add(e.error());
            }
            errors.markFatal();
        }
        if (!errors.hasInvalidRows() && !errors.isFull() && !batch.isEmpty()) {
            inFlight = write.send(batch, inFlight);
        }
        inFlight.join();
        return rows.rowNumber();
    }

    private void findDuplicates(SqlConnection connection, ErrorList errors) {
        List<String> ids = new ArrayList<>();
        List<long[]> duplicates = store.stagedDuplicates(connection, errors.room(), ids).await().indefinitely();
        for (int i = 0; i < duplicates.size(); i++) {
            errors.add(ImportError.of(duplicates.get(i)[1], "respondentId", ids.get(i),
                    "duplicate respondent in the file (first at row " + duplicates.get(i)[0] + ")"));
        }
    }

    private static ImportReport report(String status, long rowsRead, long written, long started, ErrorList errors) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        long unchanged = "IMPORTED".equals(status) ? rowsRead - written : 0;
        return new ImportReport(status, rowsRead, written, unchanged, millis, errors.list(), errors.truncated());
    }

    /** Errors in the order found, at most {@code max}; remembers whether more were dropped. */
    static final class ErrorList {
        private final int max;
        private final List<ImportError> list = new ArrayList<>();
        private boolean truncated;
        private boolean fatal;
        private boolean invalidRows;

        ErrorList(int max) {
            this.max = max;
        }

        /** An invalid row: from here on nothing more is written, the file is only read for more errors. */
        void add(Problem p) {
            invalidRows = true;
            add(ImportError.of(p.row(), p.column(), p.value(), p.reason()));
        }

        void add(ImportError error) {
            if (list.size() < max) {
                list.add(error);
            } else {
                truncated = true;
            }
        }

        void markFatal() {
            fatal = true;
        }

        boolean hasInvalidRows() {
            return invalidRows || fatal;
        }

        boolean isEmpty() {
            return list.isEmpty() && !fatal;
        }

        boolean isFull() {
            return list.size() >= max;
        }

        int room() {
            return Math.max(1, max - list.size());
        }

        boolean truncated() {
            return truncated || (isFull() && !fatal);
        }

        List<ImportError> list() {
            return List.copyOf(list);
        }
    }
}
