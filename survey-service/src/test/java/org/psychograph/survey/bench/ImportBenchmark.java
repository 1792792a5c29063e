package org.psychograph.survey.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.BufferedWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * Import throughput against {@code COPY ... FROM STDIN} (what {@code psql \copy} sends) of the same
 * rows into an equivalent table on the same PostgreSQL. Not part of the normal test run (tag
 * "benchmark"); run with:
 *
 * <pre>./mvnw -pl survey-service -am test -Dgroups=benchmark -DexcludedGroups= -Dtest=ImportBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows=100000,1000000 -Djvm=<jdk-25>/bin/java</pre>
 *
 * ({@code -Djvm}: the JDK the service is deployed on, ADR 0008; without it the build's Java 17.)
 *
 * Peak heap is the maximum used heap sampled every 20 ms during the import (the import streams, so it
 * should not grow with the file).
 */
@QuarkusTest
@TestProfile(ImportBenchmark.LargeFiles.class)
@Tag("benchmark")
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ImportBenchmark {

    static final int QUESTIONS = 40;

    /** The test profile's small import limit and batches are for the tests; the benchmark needs files of 100+ MB and production batches. */
    public static class LargeFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "psychograph.import.max-bytes",
                    "4000000000",
                    "psychograph.import.batch-size",
                    "5000",
                    "quarkus.log.level",
                    "WARN",
                    "quarkus.log.category.\"org.psychograph\".level",
                    "INFO");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void importVersusCopy() throws Exception {
        warmUp();
        List<String> report = new ArrayList<>();
        for (String rows : System.getProperty("bench.rows", "100000").split(",")) {
            int n = Integer.parseInt(rows.strip());
            // a workspace per size: every import creates all of its respondents, as a first import does
            String token = TestTokens.analyst("bench-" + n);
            Path csv = Files.createTempFile("psychograph-bench-", ".csv");
            try {
                write(csv, n);
                String surveyId = survey(token);
                HeapSampler heap = new HeapSampler();
                System.gc();
                heap.start();
                long t0 = System.nanoTime();
                HttpResponse<String> answer = postImport(token, surveyId, csv);
                double importSeconds = (System.nanoTime() - t0) / 1e9;
                long[] heapPeaks = heap.stop();
                assertEquals(200, answer.statusCode(), answer.body());
                double copySeconds = copy(csv);
                double importRate = n / importSeconds;
                double copyRate = n / copySeconds;
                String line = String.format(
                        "rows=%d file=%.1f MB import=%.2f s (%.0f rows/s) copy=%.2f s (%.0f rows/s) ratio=%.2f "
                                + "peakHeap=%.0f MB heapAfterGc=%s",
                        n,
                        Files.size(csv) / 1e6,
                        importSeconds,
                        importRate,
                        copySeconds,
                        copyRate,
                        importRate / copyRate,
                        heapPeaks[0] / 1e6,
                        heapPeaks[1] == 0
                                ? "n/a (no full collection during the import: lower bench.fullGcEveryMs)"
                                : String.format("%.0f MB", heapPeaks[1] / 1e6));
                report.add(line);
                System.out.println("BENCHMARK " + line);
            } finally {
                Files.deleteIfExists(csv);
            }
        }
        report.forEach(l -> System.out.println("BENCHMARK " + l));
    }

    /** Share of unanswered items (empty cells), {@code -Dbench.missing=0.02}: real survey files have gaps. */
    private static final double MISSING = Double.parseDouble(System.getProperty("bench.missing", "0"));

    private static void write(Path csv, int rows) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("id");
            for (int q = 1; q <= QUESTIONS; q++) {
                out.write(",q" + q);
            }
            out.write('\n');
            for (int r = 0; r < rows; r++) {
                out.write("resp-" + r);
                for (int q = 0; q < QUESTIONS; q++) {
                    out.write(',');
                    if (random.nextDouble() >= MISSING) {
                        out.write((char) ('1' + random.nextInt(5)));
                    }
                }
                out.write('\n');
            }
        }
    }

    private static String survey(String token) {
        GraphQLTestClient client = GraphQLTestClient.as(token);
        String id = client.runOk("createSurvey", Map.of("input", Map.of("title", "Benchmark")))
                .getString("data.createSurvey.id");
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int q = 1; q <= QUESTIONS; q++) {
            Map<String, Object> question = new HashMap<>(Map.of(
                    "code",
                    "q" + q,
                    "text",
                    "Item " + q,
                    "type",
                    "LIKERT",
                    "dimension",
                    "ATTITUDES",
                    "role",
                    "BASIS",
                    "scaleMin",
                    1,
                    "scaleMax",
                    5));
            questions.add(question);
        }
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", questions));
        client.runOk("openSurvey", Map.of("id", id));
        return id;
    }

    /**
     * Imports of 100,000 rows in a workspace of their own before measuring, until they stop getting faster (at
     * least three, then until one takes within 10% of the one before; at most ten): a running service has
     * compiled its import path, and sized its heap, long ago; a cold JVM would measure its JIT compiler and heap
     * growth rather than the import. Three fixed imports of 50,000 rows were not always enough: the first
     * measured import after them could still run 30-50% slower than the ones after it.
     */
    private void warmUp() throws Exception {
        String token = TestTokens.analyst("bench-warm-up");
        Path csv = Files.createTempFile("psychograph-bench-", ".csv");
        try {
            write(csv, 100_000);
            double previous = Double.MAX_VALUE;
            List<String> seconds = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> answer = postImport(token, survey(token), csv);
                double took = (System.nanoTime() - t0) / 1e9;
                assertEquals(200, answer.statusCode(), answer.body());
                seconds.add(String.format("%.2f", took));
                boolean steady = Math.abs(took - previous) <= previous * 0.10;
                previous = took;
                if (i >= 2 && steady) {
                    break;
                }
            }
            System.out.println("BENCHMARK warm-up imports of 100,000 rows (s): " + String.join(" ", seconds));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private HttpResponse<String> postImport(String token, String surveyId, Path csv) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("surveys/" + surveyId + "/imports?respondentIdColumn=id"))
                                .header("Authorization", TestTokens.bearer(token))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofFile(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The same rows through COPY into a table of the same shape (id + 40 smallints), as psql \copy does. */
    private static double copy(Path csv) throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS copy_bench (id text PRIMARY KEY");
            for (int q = 1; q <= QUESTIONS; q++) {
                ddl.append(", q").append(q).append(" smallint");
            }
            c.createStatement().execute(ddl.append(')').toString());
            c.createStatement().execute("TRUNCATE copy_bench");
            long t0 = System.nanoTime();
            try (var in = Files.newInputStream(csv)) {
                ((PGConnection) c.unwrap(PGConnection.class))
                        .getCopyAPI()
                        .copyIn("COPY copy_bench FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Samples used heap on a daemon thread; reports the maximum. */
    /**
     * Samples the used heap every 20 ms (the peak includes garbage not yet collected) and records the heap in
     * use right after each garbage collection (what the import actually keeps: it must not grow with the file).
     */
    static final class HeapSampler {
        /**
         * {@code -Dbench.fullGcEveryMs=1000}: forces a full collection that often during the import, so that the
         * heap after GC is the live set (slows the import: use it for the memory figure, not for the rates).
         */
        private static final long FULL_GC_EVERY_MS = Long.getLong("bench.fullGcEveryMs", 0);

        private volatile boolean running;
        private volatile long peak;
        private volatile long peakAfterGc;
        private long lastFullGc = System.nanoTime();
        private Thread thread;
        private final javax.management.NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                if (FULL_GC_EVERY_MS > 0 && !info.getGcAction().contains("major")) {
                    return; // with forced full collections, only they measure the live set (a young one leaves old
                    // garbage)
                }
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    java.lang.management.MemoryUsage after =
                            info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    if (pool.getType() == MemoryType.HEAP && after != null) {
                        used += after.getUsed();
                    }
                }
                peakAfterGc = Math.max(peakAfterGc, used);
            }
        };

        void start() {
            running = true;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(afterGc, null, null);
            }
            thread = new Thread(
                    () -> {
                        while (running) {
                            long used = 0;
                            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                                if (pool.getType() == MemoryType.HEAP) {
                                    used += pool.getUsage().getUsed();
                                }
                            }
                            peak = Math.max(peak, used);
                            if (FULL_GC_EVERY_MS > 0
                                    && System.nanoTime() - lastFullGc > FULL_GC_EVERY_MS * 1_000_000L) {
                                // a full collection leaves only what is live: what the import keeps, whatever garbage
                                // it made
                                System.gc();
                                lastFullGc = System.nanoTime();
                            }
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** Stops sampling; answers {peak sampled, peak right after a collection}. */
        long[] stop() throws Exception {
            running = false;
            thread.join();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).removeNotificationListener(afterGc);
            }
            return new long[] {peak, peakAfterGc};
        }
    }
}
