package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * Three workspaces at work at once (concurrent imports through the gateway and concurrent segmentation runs from
 * alice/acme, bob/globex and carol/initech) while a fourth caller, victor (a viewer of acme), sends hostile queries
 * the whole time. Nothing may be lost or stuck: every accepted import's rows are all there, every run succeeds
 * within a bound. And a tenant's simple read stays fast: carol's {@code surveys(first: 10)} p99 under load within
 * 2x of the same read on the idle system.
 *
 * <p>Scaled by {@code reliability.trials}: the short form (2) runs 6 imports and 3 runs; the long form (20) the
 * full 20 and 10.
 */
class LoadIsolationTest {

    private static final List<String> TENANTS = List.of("alice", "bob", "carol");
    private static final int IMPORTS = Math.min(20, 4 + ReliabilityStack.TRIALS);
    private static final int RUNS = Math.min(10, 1 + ReliabilityStack.TRIALS);
    /** Reads measured on the idle system (under load: as many as fit in the load phase, read back to back). */
    private static final int READS = ReliabilityStack.TRIALS >= 20 ? 400 : 100;

    private static final Duration RUN_BOUND = Duration.ofMinutes(ReliabilityStack.TRIALS >= 20 ? 10 : 4);
    /**
     * The long form holds carol's p99 to 2x of idle; the short form reports it (its p99 of some 100 reads is about
     * the slowest read, on 2 shared cores). -Dreliability.assert-p99=true asserts it in any form.
     */
    private static final boolean ASSERT_P99 =
            ReliabilityStack.TRIALS >= 20 || Boolean.getBoolean("reliability.assert-p99");

    static ReliabilityStack suite;
    static Tokens tokens;
    static Path larger;
    /** Per tenant: a survey with the McDonald's answers, to segment. */
    static final Map<String, String> RUN_SURVEYS = new HashMap<>();
    /** Created when the load phase is over: carol's client then stops reading. */
    static Path loadOverFile;

    @BeforeAll
    static void setUp() throws Exception {
        suite = ReliabilityStack.get();
        tokens = new Tokens(suite);
        larger = ImportFiles.mcdonaldsRepeated(4 * 1453);
        for (String tenant : TENANTS) {
            SuiteClient client = tokens.client(tenant);
            String survey = suite.mcdonaldsSurvey(client, "load: runs of " + tenant);
            var imported = client.postFile(
                    suite.importUrl(SuiteService.GATEWAY, survey, "rowIdPrefix=mcd-"),
                    "text/csv",
                    suite.mcdonaldsCsv());
            assertEquals(200, imported.getKey(), imported.getValue().toString());
            RUN_SURVEYS.put(tenant, survey);
        }
        if (ASSERT_P99) {
            warmUp();
        }
    }

    /**
     * Walks every path the load takes once before anything is timed: an import and a run per tenant and a few
     * seconds of the hostile tenant. The services have just started; the first time each path runs, the JIT
     * compiles it, and on the cold suite that compiling took some 40% of both cores while the imports ran
     * (docs/reliability.md). A deployed service has long compiled these paths; the bound is about one tenant's
     * load hurting another's reads, so it is measured on a warm suite, idle and under load alike.
     */
    private static void warmUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * TENANTS.size() + 1);
        HostileTenant hostile = new HostileTenant(suite, tokens, "victor", RUN_SURVEYS.get("alice"));
        Future<?> hostileDone = pool.submit(hostile);
        List<Future<?>> done = new ArrayList<>();
        for (String tenant : TENANTS) {
            String survey = suite.mcdonaldsSurvey(tokens.client(tenant), "load: warm-up import of " + tenant);
            done.add(pool.submit(() -> importOnce(tenant, survey, larger)));
            done.add(pool.submit(() -> runOnce(tenant, RUN_SURVEYS.get(tenant))));
        }
        for (Future<?> each : done) {
            Object problem = each.get();
            if (problem instanceof String) {
                throw new AssertionError("warm-up: " + problem);
            }
        }
        hostile.stop();
        hostileDone.get();
        pool.shutdown();
    }

    /** However the test ended, carol's client stops. */
    @AfterEach
    void stopCarolsClient() throws Exception {
        if (loadOverFile != null && !Files.exists(loadOverFile)) {
            Files.createFile(loadOverFile);
        }
    }

    @Test
    void tenantsDoNotHurtEachOther() throws Exception {
        // import targets made beforehand: creating surveys is not the load being measured
        List<String[]> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            String tenant = TENANTS.get(i % TENANTS.size());
            imports.add(new String[] {tenant, suite.mcdonaldsSurvey(tokens.client(tenant), "load: import " + i)});
        }
        List<Read> idle = new ArrayList<>();
        int idleErrors = carol(READS, null).collect(idle);
        assertEquals(0, idleErrors, "carol's reads on the idle system all answered without error");

        HostileTenant hostile = new HostileTenant(suite, tokens, "victor", RUN_SURVEYS.get("alice"));
        List<Read> loaded = new ArrayList<>();
        loadOverFile = Files.createTempFile("load-over", ".flag");
        Files.delete(loadOverFile);
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTS + RUNS + 2);
        long started = System.nanoTime();
        Future<?> hostileDone = pool.submit(hostile);
        CarolsClient carolUnderLoad = carol(Long.MAX_VALUE, loadOverFile);
        List<Future<int[]>> importResults = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            String[] target = imports.get(i);
            Path file = i % 3 == 2 ? larger : suite.mcdonaldsCsv();
            importResults.add(pool.submit(() -> importOnce(target[0], target[1], file)));
        }
        List<Future<String>> runResults = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String tenant = TENANTS.get(i % TENANTS.size());
            runResults.add(pool.submit(() -> runOnce(tenant, RUN_SURVEYS.get(tenant))));
        }

        int lostRows = 0;
        int refused = 0;
        long rowsImported = 0;
        for (Future<int[]> result : importResults) {
            int[] statusRowsWrittenCount = result.get();
            if (statusRowsWrittenCount[0] != 200) {
                refused++;
            } else {
                // every row of the file reported written and stored (each file's ids are distinct)
                int stored = statusRowsWrittenCount[3];
                lostRows += Math.max(
                        Math.abs(statusRowsWrittenCount[1] - stored), Math.abs(statusRowsWrittenCount[2] - stored));
                rowsImported += stored;
            }
        }
        // the futures are waited for in turn, so this is when the last import finished
        long importsOverAt = System.currentTimeMillis();
        System.out.println("[reliability] load from "
                + java.time.Instant.ofEpochMilli(System.currentTimeMillis()
                        - Duration.ofNanos(System.nanoTime() - started).toMillis())
                + ", imports over at " + java.time.Instant.ofEpochMilli(importsOverAt));
        List<String> stuck = new ArrayList<>();
        for (Future<String> result : runResults) {
            String problem = result.get();
            if (problem != null) {
                stuck.add(problem);
            }
        }
        long loadSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        Files.createFile(loadOverFile);
        int carolErrors = carolUnderLoad.collect(loaded);
        hostile.stop();
        hostileDone.get();
        pool.shutdown();

        assertTrue(loaded.size() >= 20, "carol read during the load: " + loaded.size() + " reads");
        long idleP50 = percentile(idle, 50);
        long idleP99 = percentile(idle, 99);
        long loadedP50 = percentile(loaded, 50);
        long loadedP99 = percentile(loaded, 99);
        // the heaviest part of the load: the imports and the runs at once (after it only the runs go on)
        List<Read> withImports = loaded.stream()
                .filter(read -> read.startedAt() <= importsOverAt)
                .toList();
        long withImportsP50 = percentile(withImports, 50);
        long withImportsP99 = percentile(withImports, 99);
        Figures.report(
                "load from three workspaces and a hostile tenant",
                IMPORTS + " concurrent imports ("
                        + rowsImported + " rows, " + refused + " refused, " + lostRows + " rows lost), " + RUNS
                        + " concurrent runs (" + stuck.size() + " stuck or failed; bound " + RUN_BOUND.toMinutes()
                        + " min), "
                        + "load phase " + loadSeconds + " s; hostile viewer sent " + hostile.requests.get()
                        + " requests ("
                        + hostile.serverErrors.get() + " 5xx; " + hostile.answers + "); "
                        + "carol's surveys(first: 10) through the gateway: idle p50 "
                        + idleP50 + " ms / p99 " + idleP99 + " ms (" + idle.size() + " reads), under load p50 "
                        + loadedP50
                        + " ms / p99 " + loadedP99 + " ms (" + loaded.size() + " reads, " + carolErrors
                        + " errors; her client a process of its own); while the imports ran too: p50 "
                        + withImportsP50 + " ms / p99 " + withImportsP99 + " ms (" + withImports.size() + " reads), "
                        + String.format(
                                "p99 ratio %.2f over the whole load phase, %.2f while the imports ran",
                                (double) loadedP99 / Math.max(1, idleP99),
                                (double) withImportsP99 / Math.max(1, idleP99))
                        + " (bound 2x, " + (ASSERT_P99 ? "asserted" : "reported only in the short form") + ")");

        assertEquals(0, refused, "every import accepted");
        assertEquals(0, lostRows, "every accepted import's rows are all stored");
        assertEquals(List.of(), stuck, "every run SUCCEEDED within " + RUN_BOUND);
        assertEquals(0, hostile.serverErrors.get(), "the hostile tenant's requests were refused, never a 5xx");
        assertEquals(0, carolErrors, "carol's reads all answered without error while the others worked");
        if (ASSERT_P99) {
            assertTrue(
                    loadedP99 <= 2 * idleP99,
                    "carol's p99 under load " + loadedP99 + " ms within 2x of idle " + idleP99 + " ms");
        }
    }

    /**
     * Imports the file into its own new survey; answers {status, the file's data rows, rowsWritten, the survey's
     * response count afterwards}.
     */
    private static int[] importOnce(String tenant, String surveyId, Path file) throws Exception {
        long dataRows;
        try (Stream<String> lines = Files.lines(file)) {
            dataRows = lines.count() - 1;
        }
        SuiteClient client = tokens.client(tenant);
        var answer =
                client.postFile(suite.importUrl(SuiteService.GATEWAY, surveyId, "rowIdPrefix=load-"), "text/csv", file);
        if (answer.getKey() != 200) {
            System.out.println("[reliability] import refused under load: " + answer);
            return new int[] {answer.getKey(), 0, 0, 0};
        }
        return new int[] {
            200, (int) dataRows, answer.getValue().get("rowsWritten").asInt(), suite.responseCount(client, surveyId)
        };
    }

    /** Starts a run and waits for it; answers null when it SUCCEEDED within the bound, else what happened. */
    private static String runOnce(String tenant, String surveyId) throws Exception {
        String runId = suite.ok(
                        tokens.client(tenant),
                        "startSegmentation",
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId",
                                        surveyId,
                                        "kMin",
                                        2,
                                        "kMax",
                                        4,
                                        "restarts",
                                        3,
                                        "bootstrapReplicates",
                                        10,
                                        "seed",
                                        "77")))
                .at("/startSegmentation/id")
                .asText();
        long deadline = System.nanoTime() + RUN_BOUND.toNanos();
        JsonNode run = null;
        while (System.nanoTime() < deadline) {
            run = suite.ok(tokens.client(tenant), "runStatus", Map.of("id", runId))
                    .get("run");
            String status = run.get("status").asText();
            if ("SUCCEEDED".equals(status)) {
                return null;
            }
            if (List.of("FAILED", "CANCELLED").contains(status)) {
                return tenant + "'s run " + runId + " ended " + status + ": " + run;
            }
            Thread.sleep(500);
        }
        return tenant + "'s run " + runId + " not SUCCEEDED within " + RUN_BOUND + ": " + run;
    }

    /**
     * Starts carol's client ({@link QuietReader}) in a process of its own, reading {@code surveys(first: 10)}
     * through the gateway back to back, {@code reads} times or until {@code stop} exists.
     */
    private static CarolsClient carol(long reads, Path stop) throws Exception {
        Path dir = Files.createTempDirectory("carol");
        Path query = Files.writeString(dir.resolve("query.graphql"), ReliabilityStack.load("surveys"));
        Path out = dir.resolve("latencies.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        QuietReader.class.getName(),
                        suite.stack.graphqlUrl(SuiteService.GATEWAY),
                        suite.stack.keycloak().tokenEndpoint(),
                        "carol",
                        query.toString(),
                        "{\"first\":10}",
                        out.toString(),
                        stop == null ? dir.resolve("never").toString() : stop.toString(),
                        Long.toString(reads))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("reader.log").toFile())
                .start();
        return new CarolsClient(process, out, dir.resolve("reader.log"));
    }

    /** Carol's client process and the file it writes her latencies to. */
    private record CarolsClient(Process process, Path latencies, Path log) {

        /** Waits for the client to end, adds her reads to {@code reads}; answers her errors. */
        int collect(List<Read> reads) throws Exception {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("carol's client did not end; its log: " + Files.readString(log));
            }
            if (process.exitValue() != 0 || !Files.exists(latencies)) {
                throw new AssertionError("carol's client failed: " + Files.readString(log));
            }
            int errors = 0;
            for (String line : Files.readAllLines(latencies)) {
                String[] startedAndLatency = line.split(" ");
                long startedAt = Long.parseLong(startedAndLatency[0]);
                if (startedAndLatency[1].equals("ERR")) {
                    errors++;
                    System.out.println("[reliability] carol's read failed: " + line);
                    reads.add(new Read(startedAt, Long.parseLong(startedAndLatency[2])));
                } else {
                    reads.add(new Read(startedAt, Long.parseLong(startedAndLatency[1])));
                }
            }
            return errors;
        }
    }

    /** One of carol's reads: when it started (epoch ms) and how long it took (ms). */
    private record Read(long startedAt, long millis) {}

    private static long percentile(List<Read> reads, int percent) {
        if (reads.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(reads.stream().map(Read::millis).toList());
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
