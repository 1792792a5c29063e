package org.psychograph.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.psychograph.gateway.model.SegmentationTypes.SegmentPlacement;
import org.psychograph.gateway.model.SurveyTypes.Survey;

/** What the gateway asks a service for, given what the caller selected. */
class SelectionTest {

    @Test
    void theCallersServiceFieldsAndTheJoinKeysOnly() {
        JsonArray selected = Json.createArrayBuilder()
                .add("title")
                .add(Json.createObjectBuilder()
                        .add("runs", Json.createArrayBuilder().add("id")))
                .build();

        assertEquals(
                "{ id title }",
                Selection.of(Survey.class, selected).render(),
                "runs is resolved by the gateway (segmentation-service), not asked of survey-service");
    }

    @Test
    void aSelectionWithoutServiceFieldsIsStillAValidSelection() {
        JsonArray selected = Json.createArrayBuilder().add("__typename").build();

        assertEquals(
                "{ __typename }", Selection.of(SegmentPlacement.class, selected).render());
    }
}
