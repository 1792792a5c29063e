package org.psychograph.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.psychograph.gateway.config.ConsoleConfig;

/**
 * {@code GET /console/settings}: where the console signs users in, read at start-up by the page so one bundle
 * works against any deployment's provider. Public by design (the page needs it before anyone is signed in), so it
 * carries nothing but the public issuer URL and the public client's id.
 */
@Path("/console/settings")
public class ConsoleSettings {

    /** The answer's shape, as the console reads it. */
    public record Settings(String oidcAuthority, String oidcClientId) {}

    private final ConsoleConfig config;

    public ConsoleSettings(ConsoleConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Settings settings() {
        return new Settings(config.oidcAuthority(), config.oidcClientId());
    }
}
