package org.psychograph.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.psychograph.persona.Personas.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** Campaign outcomes per persona: validation, Wilson intervals, lift and significance (hand-computed values). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class CampaignTest {

    final GraphQLTestClient client = GraphQLTestClient.as(Personas.analyst("campaign"));
    List<Map<String, Object>> personas;

    @BeforeEach
    void personas() {
        personas = Personas.generate(Personas.analyst("campaign"), "run-mcd-4~campaign");
    }

    @Test
    void impossibleFunnelsAreRefusedNamingTheField() {
        String id = (String) personas.get(0).get("id");
        assertRejected("input.sent", result(id, "x", -1, 0, 0, 0));
        assertRejected("input.sent", result(id, "x", 0, 0, 0, 0));
        assertRejected("input.opened", result(id, "x", 10, 11, 0, 0));
        assertRejected("input.clicked", result(id, "x", 10, 5, 6, 0));
        assertRejected("input.converted", result(id, "x", 10, 5, 4, 5));
        assertRejected("input.converted", result(id, "x", 10, 5, 4, -1));
        Map<String, Object> negativeRevenue = result(id, "x", 10, 5, 4, 1);
        negativeRevenue.put("revenue", -3.0);
        assertRejected("input.revenue", negativeRevenue);
        Map<String, Object> blank = result(id, " ", 10, 5, 4, 1);
        assertRejected("input.campaign", blank);
    }

    @Test
    void performanceGivesRatesWithWilsonIntervalsLiftAndSignificance() {
        String a = (String) personas.get(0).get("id");
        String b = (String) personas.get(1).get("id");
        // persona A over two periods: 1000 sent, 400 opened, 100 clicked, 20 converted; persona B: 1000/300/50/5
        client.runOk("recordCampaignResult", Map.of("input", result(a, "winter-menu", 600, 240, 60, 12)));
        client.runOk("recordCampaignResult", Map.of("input", result(a, "winter-menu", 400, 160, 40, 8)));
        Map<String, Object> recorded = client.runOk(
                        "recordCampaignResult", Map.of("input", result(b, "winter-menu", 1000, 300, 50, 5)))
                .getMap("data.recordCampaignResult");
        assertEquals(personas.get(1).get("name"), recorded.get("personaName"));
        client.runOk("recordCampaignResult", Map.of("input", result(b, "other-campaign", 10, 10, 10, 10)));

        JsonPath perf =
                client.runOk("campaignPerformance", Map.of("runId", "run-mcd-4~campaign", "campaign", "winter-menu"));
        assertEquals(2000, perf.getInt("data.campaignPerformance.total.sent"));
        assertEquals(List.of("winter-menu"), perf.getList("data.campaignPerformance.campaigns"));
        // without the filter the run's every campaign, for a client to offer as filters
        assertEquals(
                List.of("other-campaign", "winter-menu"),
                client.runOk("campaignPerformance", Map.of("runId", "run-mcd-4~campaign"))
                        .getList("data.campaignPerformance.campaigns"));
        assertEquals(0.0125, perf.getDouble("data.campaignPerformance.total.conversionRate.rate"), 1e-6);
        assertEquals(0.0084811, perf.getDouble("data.campaignPerformance.total.conversionRate.low"), 1e-6);
        assertEquals(0.0183880, perf.getDouble("data.campaignPerformance.total.conversionRate.high"), 1e-6);
        assertNull(perf.get("data.campaignPerformance.total.conversionRate.lift"));

        Map<String, Object> segA = segment(perf, a);
        assertEquals(2, segA.get("results"));
        Map<String, Object> convA = rate(segA, "conversionRate");
        assertEquals(0.02, num(convA, "rate"), 1e-6);
        assertEquals(0.0129837, num(convA, "low"), 1e-6);
        assertEquals(0.0306900, num(convA, "high"), 1e-6);
        assertEquals(0.6, num(convA, "lift"), 1e-6); // 2.0% / 1.25% - 1
        assertEquals(0.0025367, num(convA, "pValue"), 1e-6); // z = 3.019 against B
        assertEquals(true, convA.get("significant"));
        Map<String, Object> convB = rate(segment(perf, b), "conversionRate");
        assertEquals(-0.6, num(convB, "lift"), 1e-6);
        assertEquals(0.0021375, num(convB, "low"), 1e-6);
        assertEquals(0.0116510, num(convB, "high"), 1e-6);
        assertEquals(0.4 / 0.35 - 1, num(rate(segA, "openRate"), "lift"), 1e-6);
        // chi-square over the 2x2 table equals the two-sided z-test
        assertEquals(0.0025367, perf.getDouble("data.campaignPerformance.conversionChiSquarePValue"), 1e-6);

        JsonPath byCampaign = client.runOk("campaignPerformance", Map.of("campaign", "other-campaign"));
        assertEquals(10, byCampaign.getInt("data.campaignPerformance.total.sent"));
        assertCode("VALIDATION", client.run("campaignPerformance", Map.of()));
    }

    @Test
    void anotherWorkspaceCannotRecordOrSeeResults() {
        String id = (String) personas.get(0).get("id");
        GraphQLTestClient outsider = GraphQLTestClient.as(Personas.analyst("security"));
        assertCode("NOT_FOUND", outsider.run("recordCampaignResult", Map.of("input", result(id, "spy", 10, 1, 1, 1))));
        assertEquals(
                0,
                outsider.runOk("campaignPerformance", Map.of("runId", "run-mcd-4~campaign"))
                        .getInt("data.campaignPerformance.total.sent"));
    }

    private void assertRejected(String field, Map<String, Object> input) {
        JsonPath answer = client.run("recordCampaignResult", Map.of("input", input));
        assertCode("VALIDATION", answer);
        assertEquals(field, answer.getString("errors[0].extensions.field"), answer::prettify);
    }

    static Map<String, Object> result(
            String personaId, String campaign, long sent, long opened, long clicked, long converted) {
        Map<String, Object> input = new HashMap<>();
        input.put("personaId", personaId);
        input.put("campaign", campaign);
        input.put("channel", "email");
        input.put("period", "2026-11");
        input.put("sent", sent);
        input.put("opened", opened);
        input.put("clicked", clicked);
        input.put("converted", converted);
        input.put("revenue", converted * 12.5);
        return input;
    }

    private static Map<String, Object> segment(JsonPath perf, String personaId) {
        List<Map<String, Object>> segments = perf.getList("data.campaignPerformance.segments");
        return segments.stream()
                .filter(s -> personaId.equals(s.get("personaId")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rate(Map<String, Object> segment, String name) {
        return (Map<String, Object>) segment.get(name);
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
