package org.psychograph.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The downstream services' data in the gateway's tests: workspace acme with two surveys, three runs (two of
 * s1, one of s2) of two segments each, and personas for runs r1 and r3 (r2 has none yet).
 */
final class StubWorld {

    static final String CREATED = "2026-11-01T10:00:00Z";

    private StubWorld() {}

    static Map<String, Function<Map<String, Object>, Object>> survey() {
        Map<String, Function<Map<String, Object>, Object>> ops = new LinkedHashMap<>();
        ops.put("survey", v -> surveyOrRefuse((String) v.get("id")));
        ops.put("surveys", v -> {
            if ("AA".equals(v.get("after"))) {
                // what survey-service answers for a cursor that decodes to garbage
                throw new StubService.Refusal("VALIDATION", "after", "after is not a cursor of this list");
            }
            return connection(List.of(survey("s1", "Brand tracker"), survey("s2", "Menu study")));
        });
        ops.put(
                "surveysByIds",
                v -> ids(v, "ids").stream().map(StubWorld::surveyOrNull).toList());
        ops.put("createSurvey", v -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) v.get("input");
            String title = (String) input.get("title");
            if (title == null || title.isBlank()) {
                throw new StubService.Refusal("VALIDATION", "input.title", "title must not be blank");
            }
            return survey("s9", title);
        });
        ops.put("createWave", v -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) v.get("input");
            Map<String, Object> first = survey((String) v.get("surveyId"), "Brand tracker");
            first.put("wave", wave("Wave 1", null, null, 1));
            Map<String, Object> created = survey("s9", "Brand tracker — " + input.get("label"));
            created.put("status", "DRAFT");
            created.put("wave", wave((String) input.get("label"), input.get("fieldedFrom"), input.get("fieldedTo"), 2));
            created.put("waves", List.of(first, survey("s9", (String) created.get("title"))));
            return created;
        });
        ops.put("removeQuestion", v -> {
            Map<String, Object> draft = survey((String) v.get("surveyId"), "Draft");
            draft.put("status", "DRAFT");
            draft.put("questions", List.of(Map.of("code", "q1", "position", 0)));
            if (!"q2".equals(v.get("code"))) {
                throw new StubService.Refusal(
                        "VALIDATION", "code", "the survey has no question with code '" + v.get("code") + "'");
            }
            return draft;
        });
        ops.put("closeSurvey", v -> {
            throw new StubService.Refusal("forbidden", null, "System error");
        });
        return ops;
    }

    static Map<String, Function<Map<String, Object>, Object>> segmentation() {
        Map<String, Function<Map<String, Object>, Object>> ops = new LinkedHashMap<>();
        ops.put("run", v -> {
            Map<String, Object> run = run((String) v.get("id"));
            if (run == null) {
                throw new StubService.Refusal("NOT_FOUND", null, "no run " + v.get("id"));
            }
            return run;
        });
        ops.put("runsByIds", v -> ids(v, "ids").stream().map(StubWorld::run).toList());
        ops.put(
                "runsOfSurveys",
                v -> ids(v, "surveyIds").stream()
                        .map(surveyId -> List.of("r1", "r2", "r3").stream()
                                .map(StubWorld::run)
                                .filter(r -> r.get("surveyId").equals(surveyId))
                                .toList())
                        .toList());
        return ops;
    }

    static Map<String, Function<Map<String, Object>, Object>> persona() {
        Map<String, Function<Map<String, Object>, Object>> ops = new LinkedHashMap<>();
        ops.put(
                "personasOfRuns",
                v -> ids(v, "runIds").stream().map(StubWorld::personasOf).toList());
        ops.put("personas", v -> personasOf((String) v.get("runId")));
        ops.put("updatePersona", v -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> patch = (Map<String, Object>) v.get("patch");
            Map<String, Object> persona = new LinkedHashMap<>(persona("r1", 1));
            persona.put("name", patch.get("name"));
            return persona;
        });
        ops.put(
                "questionMeanings",
                v -> List.of(meaning("cheap", "value-image", "HIGH", "LEXICON"), meaning("spicy", null, null, "NONE")));
        ops.put(
                "correctQuestionMeaning",
                v -> meaning(
                        (String) v.get("questionCode"), (String) v.get("concept"), (String) v.get("pole"), "ANALYST"));
        return ops;
    }

    static Map<String, Object> survey(String id, String title) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("workspaceId", "acme");
        s.put("title", title);
        s.put("status", "OPEN");
        s.put("questions", List.of());
        s.put("createdAt", CREATED);
        s.put("updatedAt", CREATED);
        return s;
    }

    static Map<String, Object> wave(String label, Object fieldedFrom, Object fieldedTo, int number) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("label", label);
        w.put("fieldedFrom", fieldedFrom);
        w.put("fieldedTo", fieldedTo);
        w.put("number", number);
        return w;
    }

    private static Object surveyOrRefuse(String id) {
        if (id.equals("leaky")) {
            // a service whose unexpected exception's text escaped into its answer
            throw new StubService.Refusal(
                    "INTERNAL",
                    null,
                    "java.lang.IllegalStateException: "
                            + "io.smallrye.graphql.execution.ExecutionException at org.hibernate.reactive.Session");
        }
        Object survey = surveyOrNull(id);
        if (survey == null) {
            throw new StubService.Refusal("NOT_FOUND", null, "no survey " + id);
        }
        return survey;
    }

    private static Map<String, Object> surveyOrNull(String id) {
        return switch (id) {
            case "s1" -> survey("s1", "Brand tracker");
            case "s2" -> survey("s2", "Menu study");
            default -> null;
        };
    }

    static Map<String, Object> run(String id) {
        String surveyId = switch (id) {
            case "r1", "r2", "r-infinite" -> "s1";
            case "r3" -> "s2";
            default -> null;
        };
        if (surveyId == null) {
            return null;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("workspaceId", "acme");
        r.put("surveyId", surveyId);
        r.put("status", "SUCCEEDED");
        r.put("phase", "DONE");
        r.put("percent", 100);
        r.put("createdAt", CREATED);
        r.put("candidates", List.of());
        r.put("notes", List.of());
        r.put("segments", List.of(segment(id, 1), segment(id, 2)));
        if (id.equals("r-infinite")) {
            // valid JSON, but no double can hold it: the gateway binds it as infinity
            r.put(
                    "segments",
                    List.of(
                            segment(id, 1),
                            Map.of(
                                    "id",
                                    id + ":2",
                                    "runId",
                                    id,
                                    "number",
                                    2,
                                    "label",
                                    "Segment 2",
                                    "size",
                                    1,
                                    "share",
                                    new java.math.BigDecimal("1e400"))));
        }
        r.put(
                "config",
                Map.ofEntries(
                        Map.entry("basisQuestionCodes", List.of("q1")),
                        Map.entry("descriptorQuestionCodes", List.of()),
                        Map.entry("kMin", 2),
                        Map.entry("kMax", 4),
                        Map.entry("restarts", 10),
                        Map.entry("maxIterations", 100),
                        Map.entry("distance", "L2"),
                        Map.entry("standardisation", "NONE"),
                        Map.entry("missingValues", "DROP_RESPONDENT"),
                        Map.entry("bootstrapReplicates", 20),
                        Map.entry("seed", "42")));
        return r;
    }

    private static Map<String, Object> segment(String runId, int number) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", runId + ":" + number);
        s.put("runId", runId);
        s.put("number", number);
        s.put("label", "Segment " + number);
        s.put("size", 100 / number);
        s.put("share", number == 1 ? 0.6 : 0.4);
        s.put("centroid", List.of());
        s.put("profile", List.of());
        s.put("descriptors", List.of());
        return s;
    }

    static Map<String, Object> meaning(String code, String concept, String pole, String source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questionCode", code);
        m.put("questionText", "It is " + code);
        m.put("concept", concept);
        m.put("pole", pole);
        m.put("confidence", concept == null ? 0.0 : 0.9);
        m.put("source", source);
        return m;
    }

    private static List<Map<String, Object>> personasOf(String runId) {
        return runId.equals("r1") || runId.equals("r3") ? List.of(persona(runId, 1), persona(runId, 2)) : List.of();
    }

    static Map<String, Object> persona(String runId, int number) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", "p-" + runId + "-" + number);
        p.put("workspaceId", "acme");
        p.put("surveyId", run(runId).get("surveyId"));
        p.put("runId", runId);
        p.put("segmentId", runId + ":" + number);
        p.put("segmentNumber", number);
        p.put("segmentLabel", "Segment " + number);
        p.put("name", "Persona " + runId + "/" + number);
        p.put("status", "DRAFT");
        p.put("version", 1);
        p.put("size", 100 / number);
        p.put("share", number == 1 ? 0.6 : 0.4);
        p.put("rulePack", "default@1");
        p.put("avatarSvg", "<svg/>");
        p.put("staleStatements", 0);
        p.put("createdAt", CREATED);
        p.put("updatedAt", CREATED);
        p.put("messaging", Map.of("keyMessages", List.of(), "avoid", List.of()));
        for (String list : List.of(
                "archetypes",
                "values",
                "interests",
                "lifestyle",
                "attitudes",
                "personality",
                "goals",
                "motivations",
                "painPoints",
                "buyingBehaviour",
                "channels",
                "lockedFields",
                "evidence",
                "generationNotes")) {
            p.put(list, List.of());
        }
        p.put(
                "emptySections",
                List.of(Map.of(
                        "section",
                        "channels",
                        "reason",
                        "the survey has no questions about " + "channels, media or how often people buy or visit")));
        return p;
    }

    private static Map<String, Object> connection(List<Map<String, Object>> nodes) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            edges.add(Map.of("cursor", "c-" + node.get("id"), "node", node));
        }
        return Map.of("edges", edges, "pageInfo", Map.of("hasNextPage", false), "totalCount", nodes.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> variables, String name) {
        return (List<String>) variables.get(name);
    }
}
