package org.psychograph.survey.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.psychograph.survey.coding.CodedResponse;
import org.psychograph.survey.coding.MissingCodes;
import org.psychograph.survey.coding.QuestionSet;
import org.psychograph.survey.coding.ResponseCoder;
import org.psychograph.survey.coding.ResponseCoder.Problem;
import org.psychograph.survey.config.ImportLimits;
import org.psychograph.survey.config.InputLimits;
import org.psychograph.survey.error.DomainException;
import org.psychograph.survey.error.UnavailableException;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.model.SurveyStatus;
import org.psychograph.survey.repository.ResponseStore;
import org.psychograph.survey.security.Caller;
import org.psychograph.survey.service.SurveyService;

/**
 * Imports an upload into the database, all or nothing.
 *
 * <p>Rows are coded as they are read and spooled to a temporary file ({@link CodedRowSpool}); a row is bounded
 * ({@link RecordLength}) and so is the upload's pace ({@link UploadPace}). The first invalid row stops the
 * spooling; reading goes on only to list more errors, up to the configured maximum. Only when the whole upload
 * has arrived clean does the import take a database connection and the survey's write lock
 * ({@link ImportTransaction}) and write the spooled rows in batches, one in flight while the next is read back,
 * so memory stays flat whatever the file size and a slow or stalled client never holds the database. Only a clean
 * file is committed; otherwise the transaction is rolled back and nothing is written. Runs on a worker thread:
 * parsing blocks.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** How often a stalled upload is looked for. */
    private static final long PACE_CHECK_MILLIS = 500;

    private final SurveyService surveys;
    private final ResponseStore store;
    private final Caller caller;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final ImportLimits limits;
    private final InputLimits inputLimits;
    private final ImportSlots slots;
    private final ImportThreads threads;

    public ImportService(
            SurveyService surveys,
            ResponseStore store,
            Caller caller,
            ObjectMapper json,
            Vertx vertx,
            ImportLimits limits,
            InputLimits inputLimits,
            ImportSlots slots,
            ImportThreads threads) {
        this.slots = slots;
        this.threads = threads;
        this.surveys = surveys;
        this.store = store;
        this.caller = caller;
        this.json = json;
        this.vertx = vertx;
        this.limits = limits;
        this.inputLimits = inputLimits;
    }

    /**
     * Imports the file in {@code body}. {@code closeUpload} closes the client's connection: it is how an upload
     * that has stalled is ended (a blocked read returns only when data or the end arrives).
     */
    public ImportReport importFile(String surveyId, ImportOptions options, InputStream body, Runnable closeUpload)
            throws Throwable {
        try {
            return importChecked(surveyId, options, body, closeUpload);
        } catch (UnavailableException e) {
            LOG.warnf("import into survey %s not done: %s", surveyId, e.getMessage());
            throw e;
        } catch (Exception e) {
            if (!(e instanceof DomainException) && DatabaseOutage.causedBy(e)) {
                LOG.warnf("import into survey %s failed: the database is unavailable (%s)", surveyId, e.toString());
                throw DatabaseOutage.unavailable();
            }
            throw e;
        }
    }

    private ImportReport importChecked(String surveyId, ImportOptions options, InputStream body, Runnable closeUpload)
            throws Throwable {
        caller.requireAnalyst();
        Set<String> workspaces = caller.workspaces();
        long started = System.nanoTime();
        Survey survey = VertxContextSupport.subscribeAndAwait(() -> surveys.findVisible(surveyId, workspaces));
        if (survey.status != SurveyStatus.OPEN) {
            throw new ValidationException(
                    "surveyId", "responses are accepted only while the survey is OPEN; it is " + survey.status);
        }
        QuestionSet questions =
                new QuestionSet(VertxContextSupport.subscribeAndAwait(() -> surveys.questionsOf(survey.id)));
        checkCodes(options, questions);
        ImportErrors errors = new ImportErrors(limits.maxErrors());
        ResponseCoder coder = new ResponseCoder(
                questions,
                options.missing().withQuestions(questions),
                limits.maxFieldLength(),
                inputLimits.attributesPerRespondent());
        // wait for a turn before reading the upload: a waiting import holds nothing but its client's connection
        try (ImportSlots.Slot slot = slots.take(survey.workspaceId)) {
            // the turn's work is batch work: it runs on a low-priority import thread (ImportThreads)
            return threads.call(() -> importInTurn(survey, options, body, closeUpload, coder, errors, started));
        }
    }

    /** Reads, codes and spools the upload, then writes it in one transaction: an import's turn, all or nothing. */
    private ImportReport importInTurn(
            Survey survey,
            ImportOptions options,
            InputStream body,
            Runnable closeUpload,
            ResponseCoder coder,
            ImportErrors errors,
            long started)
            throws Exception {
        UploadPace pace = new UploadPace(
                new StrictUtf8.LimitedInputStream(body, limits.maxBytes()),
                limits.minUploadBytes(),
                limits.uploadWindow());
        long watchdog = vertx.setPeriodic(PACE_CHECK_MILLIS, id -> {
            if (pace.stalled()) {
                LOG.infof("import into survey %s aborted: the upload stalled", survey.id);
                closeUpload.run();
            }
        });
        try (CodedRowSpool spool = new CodedRowSpool();
                ImportTransaction transaction = new ImportTransaction(store, survey, errors, limits.maxRows())) {
            ResponseRows rows;
            try {
                rows = rows(options, pace, coder, errors);
            } catch (ImportAborted e) {
                if (e.error() != null) {
                    errors.add(e.error());
                }
                errors.markFatal();
                return report("REJECTED", 0, 0, started, errors, List.of());
            }
            long rowsRead = read(rows, errors, spool);
            if (rowsRead == 0 && errors.isEmpty()) {
                errors.add(ImportError.of(0, null, null, "the file has no data rows: nothing to import"));
            }
            long read = System.nanoTime();
            if (!errors.isEmpty()) {
                return report("REJECTED", rowsRead, 0, started, errors, rows.ignoredColumns());
            }
            // the whole upload is here: only now are a connection and the survey's lock taken
            long written;
            try {
                write(spool, transaction);
                written = transaction.finish();
            } catch (RuntimeException e) {
                throw DatabaseOutage.whileWriting(e);
            }
            long merged = System.nanoTime();
            if (!errors.isEmpty()) {
                return report("REJECTED", rowsRead, 0, started, errors, rows.ignoredColumns());
            }
            try {
                transaction.commit();
            } catch (RuntimeException e) {
                throw DatabaseOutage.whileWriting(e);
            }
            LOG.infof(
                    "imported %d rows (%d written) into survey %s (%s): read %d ms, write+merge %d ms, "
                            + "commit %d ms",
                    rowsRead,
                    written,
                    survey.id,
                    transaction.hadResponses() ? "merged with earlier responses" : "first responses",
                    (read - started) / 1_000_000,
                    (merged - read) / 1_000_000,
                    (System.nanoTime() - merged) / 1_000_000);
            return report("IMPORTED", rowsRead, written, started, errors, rows.ignoredColumns());
        } finally {
            vertx.cancelTimer(watchdog);
        }
    }

    /** The question codes named in the options must exist: a misspelt one would otherwise do nothing, silently. */
    private static void checkCodes(ImportOptions options, QuestionSet questions) {
        for (String code : options.missing().questionCodes()) {
            if (!MissingCodes.ANY_QUESTION.equals(code) && questions.position(code) < 0) {
                throw new ValidationException("missing", "no question has the code '" + code + "'");
            }
        }
        if (options.taken() != null) {
            for (String code : options.taken()) {
                if (questions.position(code) < 0) {
                    throw new ValidationException("columns", "no question has the code '" + code + "'");
                }
            }
        }
    }

    private ResponseRows rows(ImportOptions options, InputStream in, ResponseCoder coder, ImportErrors errors)
            throws ImportAborted {
        Consumer<Problem> sink = errors::add;
        RecordLength reader = new RecordLength(StrictUtf8.reader(in), limits.maxLineLength());
        return switch (options.format()) {
            case CSV -> new CsvResponseRows(reader, coder, options, limits.maxFieldLength(), sink);
            case NDJSON -> new NdjsonResponseRows(reader, json, coder, options, sink);
        };
    }

    /**
     * Reads every row and spools clean batches until the first invalid row; after that it reads on only to list
     * more errors. Answers the rows read.
     */
    private long read(ResponseRows rows, ImportErrors errors, CodedRowSpool spool) throws IOException {
        int batchSize = limits.batchSize();
        long maxRows = limits.maxRows();
        List<CodedResponse> batch = new ArrayList<>(batchSize);
        try (rows) {
            ResponseRows.Next next;
            while (!errors.isFull() && (next = rows.next()) != null) {
                if (rows.rowNumber() > maxRows) {
                    errors.add(ImportError.of(
                            rows.rowNumber(),
                            null,
                            null,
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
                    spool.append(batch);
                    batch.clear();
                }
            }
        } catch (ImportAborted e) {
            if (e.error() != null) {
                errors.add(e.error());
            }
            errors.markFatal();
        }
        if (!errors.hasInvalidRows() && !errors.isFull() && !batch.isEmpty()) {
            spool.append(batch);
        }
        return rows.rowNumber();
    }

    /** Writes the spooled rows, one batch in flight while the next is read back. */
    private void write(CodedRowSpool spool, ImportTransaction transaction) {
        CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
        Iterator<List<CodedResponse>> batches = spool.batches(limits.batchSize());
        while (batches.hasNext()) {
            inFlight = transaction.send(batches.next(), inFlight);
        }
        inFlight.join();
    }

    private static ImportReport report(
            String status,
            long rowsRead,
            long written,
            long started,
            ImportErrors errors,
            List<String> ignoredColumns) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        long unchanged = "IMPORTED".equals(status) ? rowsRead - written : 0;
        return new ImportReport(
                status, rowsRead, written, unchanged, millis, errors.list(), errors.truncated(), ignoredColumns);
    }
}
