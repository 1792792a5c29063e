package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The console learns where to sign in from the gateway, before anyone is signed in: the answer needs no token and
 * holds the gateway's own issuer and the public client's id, nothing else.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class ConsoleSettingsTest {

    @Test
    void tellsThePageTheIssuerAndThePublicClientWithoutAToken() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().when()
                .get("/console/settings")
                .then()
                .statusCode(200)
                .body("oidcAuthority", equalTo(issuer))
                .body("oidcClientId", equalTo("psychograph-console"))
                .body("$", aMapWithSize(2));
    }
}
