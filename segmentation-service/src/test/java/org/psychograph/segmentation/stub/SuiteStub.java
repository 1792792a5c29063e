package org.psychograph.segmentation.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.psychograph.testing.ProjectFiles;

/**
 * survey-service and persona-service at this service's edge, for module tests: answers the GraphQL
 * operations segmentation-service sends with the shapes those services serve. The mcdonalds survey's
 * definition is the demo's (scripts/demo/mcdonalds-survey.json) and its matrix is the public dataset
 * coded as survey-service documents (docs/response-coding.md). One JVM-wide instance; tests switch
 * persona-service up and down and read what was called.
 */
public final class SuiteStub {

    public static final String WORKSPACE = "acme";
    public static final String MCDONALDS = "00000000-0000-0000-0000-000000000001";
    public static final String TINY = "00000000-0000-0000-0000-000000000002";
    public static final String BROKEN = "00000000-0000-0000-0000-000000000003";
    public static final String OTHER_WORKSPACE = "00000000-0000-0000-0000-000000000004";
    /** Wholesale-style spend: three NUMERIC basis questions, 59 ordinary customers and one enormous one. */
    public static final String SPEND = "00000000-0000-0000-0000-000000000005";

    /**
     * A second wave of the mcdonalds survey with a known shift: every first-wave respondent again (same ids, a
     * panel) and a second copy of each one who finds McDonald's yummy, so those respondents' segments grow.
     */
    public static final String MCDONALDS_WAVE2 = "00000000-0000-0000-0000-000000000006";

    /** A survey whose definition reads but whose matrix survey-service refuses (404 with its JSON error). */
    public static final String REFUSED = "00000000-0000-0000-0000-000000000007";

    static final String[] SPEND_CODES = {"spend_fresh", "spend_grocery", "spend_frozen"};
    static final int SPEND_ROWS = 60;

    private static SuiteStub instance;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final JsonNode survey;
    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, String>> rows = new ArrayList<>();
    public final List<String> generatePersonasCalls = new CopyOnWriteArrayList<>();
    public final List<String> surveyAuthorizations = new CopyOnWriteArrayList<>();
    public final Map<String, Integer> matrixCalls = new ConcurrentHashMap<>();
    /** The traceparent header of each compact matrix request (null where none was sent). */
    public final List<String> matrixTraceparents = new CopyOnWriteArrayList<>();

    private volatile boolean personaUp = true;
    /** Runs persona-service refuses with VALIDATION, as it does for a run it cannot turn into personas. */
    public final java.util.Set<String> personaRefuses = ConcurrentHashMap.newKeySet();

    private SuiteStub() throws IOException {
        survey = json.readTree(ProjectFiles.projectRoot()
                .resolve("scripts/demo/mcdonalds-survey.json")
                .toFile());
        try (Reader in = Files.newBufferedReader(ProjectFiles.dataset("msa-mcdonalds/mcdonalds.csv"));
                var parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            int n = 0;
            for (CSVRecord r : parser) {
                ids.add("mcd-" + ++n);
                rows.add(r.toMap());
            }
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/survey/graphql", this::survey);
        server.createContext("/survey/surveys/", this::matrixBytes);
        server.createContext("/persona/graphql", this::persona);
        server.start();
    }

    public static synchronized SuiteStub get() {
        if (instance == null) {
            try {
                instance = new SuiteStub();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String url(String service) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + service + "/graphql";
    }

    public void personaUp(boolean up) {
        personaUp = up;
    }

    private void survey(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody());
        surveyAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String query = request.path("query").asText();
        JsonNode vars = request.path("variables");
        ObjectNode data = json.createObjectNode();
        if (query.contains("responseMatrix")) {
            String surveyId = vars.path("surveyId").asText();
            matrixCalls.merge(surveyId, 1, Integer::sum);
            if (BROKEN.equals(surveyId)) {
                respond(exchange, 500, "{\"error\":\"database unavailable\"}");
                return;
            }
            data.set("responseMatrix", matrix(surveyId, vars));
        } else {
            String id = vars.path("id").asText();
            if (!List.of(MCDONALDS, TINY, BROKEN, OTHER_WORKSPACE, SPEND, MCDONALDS_WAVE2, REFUSED)
                    .contains(id)) {
                respond(
                        exchange,
                        200,
                        "{\"data\":{\"survey\":null},\"errors\":[{\"message\":\"survey " + id
                                + " not found\",\"extensions\":{\"code\":\"NOT_FOUND\"}}]}");
                return;
            }
            ObjectNode s = json.createObjectNode();
            s.put("id", id);
            s.put("workspaceId", OTHER_WORKSPACE.equals(id) ? "globex" : WORKSPACE);
            s.put("title", survey.path("title").asText());
            s.put("status", "OPEN");
            s.set("questions", SPEND.equals(id) ? spendQuestions() : survey.path("questions"));
            data.set("survey", s);
        }
        ObjectNode answer = json.createObjectNode();
        answer.set("data", data);
        respond(exchange, 200, json.writeValueAsString(answer));
    }

    /** {@code POST /surveys/{id}/matrix}: the same page as the GraphQL one, in survey-service's compact layout. */
    private void matrixBytes(HttpExchange exchange) throws IOException {
        surveyAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String path = exchange.getRequestURI().getPath();
        String surveyId = path.substring("/survey/surveys/".length(), path.length() - "/matrix".length());
        JsonNode vars = json.readTree(exchange.getRequestBody());
        matrixCalls.merge(surveyId, 1, Integer::sum);
        matrixTraceparents.add(exchange.getRequestHeaders().getFirst("traceparent"));
        if (BROKEN.equals(surveyId)) {
            respond(exchange, 500, "{\"error\":\"database unavailable\"}");
            return;
        }
        if (REFUSED.equals(surveyId)) {
            respond(
                    exchange,
                    404,
                    "{\"code\":\"NOT_FOUND\",\"message\":\"survey " + surveyId
                            + " not found\",\"field\":\"surveyId\"}");
            return;
        }
        JsonNode page = matrix(surveyId, vars);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x50474D31);
            out.writeInt(page.path("totalCount").asInt());
            out.writeBoolean(page.path("pageInfo").path("hasNextPage").asBoolean());
            out.writeUTF(page.path("pageInfo").path("endCursor").asText(""));
            out.writeInt(page.path("columns").size());
            for (JsonNode column : page.path("columns")) {
                out.writeUTF(column.asText());
            }
            out.writeInt(page.path("rows").size());
            for (JsonNode row : page.path("rows")) {
                out.writeUTF(row.path("respondentId").asText());
                for (JsonNode value : row.path("values")) {
                    out.writeDouble(value.isNull() ? Double.NaN : value.asDouble());
                }
            }
        }
        byte[] body = bytes.toByteArray();
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.psychograph.matrix");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private ArrayNode spendQuestions() {
        ArrayNode questions = json.createArrayNode();
        for (String code : SPEND_CODES) {
            ObjectNode q = questions.addObject();
            q.put("code", code);
            q.put("text", "Annual spend on " + code.substring("spend_".length()) + " products");
            q.put("type", "NUMERIC");
            q.put("dimension", "BEHAVIOURAL");
            q.put("role", "BASIS");
            q.put("reverseCoded", false);
        }
        return questions;
    }

    /** Spend of respondent i on question j: ordinary amounts, and respondent 60 buys for a whole chain. */
    static double spend(int i, int j) {
        return i == SPEND_ROWS - 1 ? 1_000_000 + j : 100 + (i * 37 + j * 11) % 50;
    }

    private JsonNode matrix(String surveyId, JsonNode vars) {
        List<Integer> sources = MCDONALDS_WAVE2.equals(surveyId) ? secondWave() : null;
        int total = TINY.equals(surveyId)
                ? 5
                : SPEND.equals(surveyId) ? SPEND_ROWS : sources != null ? sources.size() : rows.size();
        int first = vars.path("first").asInt(1000);
        int from = vars.path("after").isTextual()
                ? Integer.parseInt(
                        new String(Base64.getDecoder().decode(vars.path("after").asText())))
                : 0;
        int to = Math.min(total, from + first);
        ObjectNode page = json.createObjectNode();
        ArrayNode columns = page.putArray("columns");
        vars.path("questionCodes").forEach(columns::add);
        page.put("totalCount", total);
        ArrayNode out = page.putArray("rows");
        for (int i = from; i < to; i++) {
            ObjectNode row = out.addObject();
            int source = sources == null ? i : sources.get(i);
            row.put("respondentId", i < rows.size() ? ids.get(source) : "w2-" + i);
            ArrayNode values = row.putArray("values");
            int j = 0;
            for (JsonNode code : columns) {
                values.add(
                        SPEND.equals(surveyId)
                                ? spend(i, j++)
                                : code(code.asText(), rows.get(source).get(code.asText())));
            }
        }
        ObjectNode info = page.putObject("pageInfo");
        info.put("hasNextPage", to < total);
        info.put(
                "endCursor",
                Base64.getEncoder().encodeToString(Integer.toString(to).getBytes(StandardCharsets.UTF_8)));
        return page;
    }

    /** The first-wave row behind each second-wave row: all of them, then the yummy ones once more. */
    private List<Integer> secondWave() {
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            sources.add(i);
        }
        for (int i = 0; i < rows.size(); i++) {
            if ("Yes".equals(rows.get(i).get("yummy"))) {
                sources.add(i);
            }
        }
        return sources;
    }

    /** survey-service's documented coding of the mcdonalds answers. */
    private double code(String code, String raw) {
        for (JsonNode q : survey.path("questions")) {
            if (!q.path("code").asText().equals(code)) {
                continue;
            }
            switch (q.path("type").asText()) {
                case "BINARY":
                    return "Yes".equals(raw) ? 1 : 0;
                case "LIKERT":
                    return raw.startsWith("I hate") ? -5 : raw.startsWith("I love") ? 5 : Double.parseDouble(raw);
                case "SINGLE_CHOICE":
                    List<String> options = new ArrayList<>();
                    q.path("options").forEach(o -> options.add(o.asText()));
                    return options.indexOf(raw) + 1;
                default:
                    return Double.parseDouble(raw);
            }
        }
        throw new IllegalArgumentException("unknown question " + code);
    }

    private void persona(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody());
        if (!personaUp) {
            respond(exchange, 503, "{\"error\":\"persona-service is down\"}");
            return;
        }
        String runId = request.path("variables").path("runId").asText();
        generatePersonasCalls.add(runId);
        if (personaRefuses.contains(runId)) {
            respond(
                    exchange,
                    200,
                    "{\"data\":null,\"errors\":[{\"message\":\"run " + runId + " cannot be turned "
                            + "into personas: segment 2 has one member\",\"extensions\":{\"code\":\"VALIDATION\"}}]}");
            return;
        }
        respond(exchange, 200, "{\"data\":{\"generatePersonas\":[{\"__typename\":\"Persona\"}]}}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
