import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client, one request at a time: the nested query through the gateway against the same data fetched from
 * the services directly by a client that sends the very requests the gateway sends, in the order their data
 * dependencies force (run; then personasOfRuns and surveysByIds at once; then runsByIds for the personas'
 * segments). The two alternate, so that both see the same machine at the same moments; each side's latency
 * is its whole exchange, from the first request sent to the last answer read.
 *
 * <p>Run by scripts/bench-gateway.sh (java scripts/bench/GatewayVsDirect.java RUN_ID SECONDS WARM_UP_SECONDS);
 * needs the suite of ./scripts/run.sh. Plain JDK, no dependencies: the answers are read with regular
 * expressions, enough for the four fixed selections below.
 */
public class GatewayVsDirect {

    private static final String KEYCLOAK = "http://127.0.0.1:8180/realms/psychograph/protocol/openid-connect/token";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern SURVEY_ID = Pattern.compile("\"surveyId\":\"([^\"]+)\"");
    private static final Pattern RUN_ID = Pattern.compile("\"runId\":\"([^\"]+)\"");

    // HTTP/1.1 as wrk and the gateway's own client speak it (no h2c upgrade attempt on every new connection)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String token;
    private long tokenAt;

    public static void main(String[] args) throws Exception {
        String run = args[0];
        long seconds = Long.parseLong(args[1]);
        long warmUp = Long.parseLong(args[2]);
        GatewayVsDirect bench = new GatewayVsDirect();
        bench.measure(run, warmUp, null, null, null);
        List<Long> gateway = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        bench.measure(run, seconds, gateway, direct, single);
        long[] g = sorted(gateway);
        long[] d = sorted(direct);
        long[] s = sorted(single);
        System.out.printf("gateway (one query)          p50 %6.2f ms  p99 %6.2f ms  (%d exchanges)%n",
                ms(at(g, 0.50)), ms(at(g, 0.99)), g.length);
        System.out.printf("direct (the same 4 requests) p50 %6.2f ms  p99 %6.2f ms  (%d exchanges)%n",
                ms(at(d, 0.50)), ms(at(d, 0.99)), d.length);
        System.out.printf("gateway overhead             p50 %6.2f ms  p99 %6.2f ms%n",
                ms(at(g, 0.50) - at(d, 0.50)), ms(at(g, 0.99) - at(d, 0.99)));
        System.out.printf("single request (run, direct) p50 %6.2f ms  p99 %6.2f ms  (between the exchanges)%n",
                ms(at(s, 0.50)), ms(at(s, 0.99)));
        // This client's own cost per request, which the direct side pays on three requests in a row and the
        // gateway exchange on one: the same request back to back, to compare with wrk's figure for it.
        List<Long> hot = new ArrayList<>();
        String alone = runAlone(run);
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            record(hot, () -> bench.post(8082, alone));
        }
        long[] h = sorted(hot);
        System.out.printf("run back to back (this client) p50 %6.2f ms  p99 %6.2f ms%n", ms(at(h, 0.50)), ms(at(h, 0.99)));
    }

    private void measure(String run, long seconds, List<Long> gateway, List<Long> direct, List<Long> single)
            throws Exception {
        String alone = runAlone(run);
        String nested = "{ run(id: \\\"" + run + "\\\") { survey { title } personas { name segment { label size } } } }";
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            refreshToken(); // outside the timed exchanges
            // alternate which goes first, so neither always follows the other's wake-ups
            if (i % 2 == 0) {
                record(gateway, () -> post(8080, nested));
                record(direct, () -> directly(run));
            } else {
                record(direct, () -> directly(run));
                record(gateway, () -> post(8080, nested));
            }
            record(single, () -> post(8082, alone));
        }
    }

    /** The first of the gateway's requests: the run, with what the next ones need. */
    private static String runAlone(String run) {
        return "query run { run(id: \\\"" + run + "\\\") { id surveyId } }";
    }

    /** The gateway's four requests, with the same selections, in dependency order. */
    private String directly(String run) throws Exception {
        String theRun = post(8082, runAlone(run));
        String survey = first(SURVEY_ID, theRun);
        CompletableFuture<String> personas = postAsync(8083, "query personasOfRuns { personasOfRuns(runIds: [\\\""
                + run + "\\\"]) { id runId segmentId name } }");
        CompletableFuture<String> surveys = postAsync(8081, "query surveysByIds { surveysByIds(ids: [\\\"" + survey
                + "\\\"]) { id title } }");
        Set<String> runsOfPersonas = new LinkedHashSet<>();
        Matcher m = RUN_ID.matcher(personas.join());
        while (m.find()) {
            runsOfPersonas.add("\\\"" + m.group(1) + "\\\"");
        }
        String segments = post(8082, "query runsByIds { runsByIds(ids: [" + String.join(", ", runsOfPersonas)
                + "]) { id surveyId segments { id runId label size } } }");
        return surveys.join() + segments;
    }

    private interface Exchange {
        String run() throws Exception;
    }

    private static void record(List<Long> into, Exchange exchange) throws Exception {
        long t0 = System.nanoTime();
        exchange.run();
        if (into != null) {
            into.add(System.nanoTime() - t0);
        }
    }

    private String post(int port, String query) throws Exception {
        return postAsync(port, query).join();
    }

    private CompletableFuture<String> postAsync(int port, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException("port " + port + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        });
    }

    /** Keycloak's access tokens live 5 minutes: a fresh one every minute. */
    private void refreshToken() throws Exception {
        if (token == null || System.nanoTime() - tokenAt > 60_000_000_000L) {
            String form = "grant_type=password&client_id=psychograph-cli&username=alice&password="
                    + URLEncoder.encode("alice", StandardCharsets.UTF_8);
            String answer = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
            token = first(TOKEN, answer);
            tokenAt = System.nanoTime();
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }

    private static long[] sorted(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
