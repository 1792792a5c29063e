package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness reports every downstream service's own readiness. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class HealthTest {

    private static final String CHECK = "checks.find { it.name == 'downstream services' }";

    @AfterEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void readinessIncludesTheServices() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(CHECK + ".data.survey", equalTo("UP"))
                .body(CHECK + ".data.segmentation", equalTo("UP"))
                .body(CHECK + ".data.persona", equalTo("UP"));
    }

    @Test
    void aServiceDownIsReportedWithoutTakingTheGatewayOutOfRotation() {
        Stubs.of("persona").down();
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.persona", startsWith("DOWN"))
                .body(CHECK + ".data.survey", equalTo("UP"));
    }
}
