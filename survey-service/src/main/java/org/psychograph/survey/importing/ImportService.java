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
 * <p>Rows are coded as they are read and staged in batches into a temporary table of one transaction
 * (so memory stays flat whatever the file size). The first invalid row stops the staging; reading goes
 * on only to list more errors, up to the configured maximum. Duplicate respondents are found by the
 * database over the staged rows. Only a clean file is merged and committed; otherwise the transaction
 * is rolled back and nothing is written. Runs on a worker thread: parsing blocks.
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
            boolean hadResponses = store.beginWrite(connection, survey.id).await().indefinitely();
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
            boolean[] attributesSeen = {false};
            long rowsRead = stage(connection, rows, errors, attributesSeen);
            long staged = System.nanoTime();
            if (errors.isEmpty()) {
                findDuplicates(connection, errors);
            }
            long checked = System.nanoTime();
            if (!errors.isEmpty()) {
                return report("REJECTED", rowsRead, 0, started, errors);
            }
            int written = store.mergeStaged(connection, survey.workspaceId, survey.id, attributesSeen[0],
                    hadResponses).await().indefinitely();
            long merged = System.nanoTime();
            transaction.commit().await().indefinitely();
            committed = true;
            LOG.infof("imported %d rows (%d written) into survey %s: read+stage %d ms, duplicate check %d ms, "
                    + "merge %d ms, commit %d ms", rowsRead, written, survey.id, (staged - started) / 1_000_000,
                    (checked - staged) / 1_000_000, (merged - checked) / 1_000_000,
                    (System.nanoTime() - merged) / 1_000_000);
            return report("IMPORTED", rowsRead, written, started, errors);
        } finally {
            if (!committed) {
                transaction.rollback().onFailure().recoverWithNull().await().indefinitely();
            }
            connection.close().await().indefinitely();
        }
    }

    private ResponseRows rows(ImportOptions options, InputStream in, ResponseCoder coder, ErrorList errors)
            throws ImportAborted {
        Consumer<Problem> sink = errors::add;
        return switch (options.format()) {
            case CSV -> new CsvResponseRows(StrictUtf8.reader(in), coder, options, sink);
            case NDJSON -> new NdjsonResponseRows(StrictUtf8.reader(in), json, coder, sink);
        };
    }

    /** Reads every row; stages batches (one in flight while the next is parsed) until the first error. */
    private long stage(SqlConnection connection, ResponseRows rows, ErrorList errors, boolean[] attributesSeen)
            throws IOException {
        List<CodedResponse> batch = new ArrayList<>(batchSize);
        CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
        try (rows) {
            ResponseRows.Next next;
            while (!errors.isFull() && (next = rows.next()) != null) {
                if (rows.rowNumber() > maxRows) {
                    errors.add(ImportError.of(rows.rowNumber(), null, null,
                            "the file has more than " + maxRows + " rows (psychograph.import.max-rows)"));
                    break;
                }
                if (next.response() == null || !errors.isEmpty()) {
                    batch.clear();
                    continue;
                }
                batch.add(next.response());
                attributesSeen[0] |= !next.response().attributes().isEmpty();
                if (batch.size() == batchSize) {
                    inFlight.join();
                    inFlight = store.stage(connection, batch).subscribeAsCompletionStage();
                    batch = new ArrayList<>(batchSize);
                }
            }
        } catch (ImportAborted e) {
            if (e.error() != null) {
                errors.add(e.error());
            }
            errors.markFatal();
        }
        inFlight.join();
        if (errors.isEmpty()) {
            store.stage(connection, batch).await().indefinitely();
        }
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

        ErrorList(int max) {
            this.max = max;
        }

        void add(Problem p) {
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
