package org.psychograph.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * The override keys deployments already use keep working: a service's queries read the keys of the first design's
 * {@code guardedReadAsync}, then of its {@code guardedRead}; mutations those of {@code guardedWrite}.
 */
class DownstreamGuardTest {

    private static final String QUERIES = DownstreamService.SURVEY.overrideKey + "/guardedReadAsync";
    private static final String BLOCKING_QUERIES = DownstreamService.SURVEY.overrideKey + "/guardedRead";

    @Test
    void theFirstKeySetWins() {
        DownstreamGuard.Overrides overrides = new DownstreamGuard.Overrides(
                config(Map.of(
                        key(QUERIES, "timeout.value"), "700",
                        key(BLOCKING_QUERIES, "timeout.value"), "900",
                        key(BLOCKING_QUERIES, "bulkhead.value"), "8")),
                QUERIES,
                BLOCKING_QUERIES);

        assertEquals(700, overrides.get("timeout.value", 3000));
        assertEquals(8, overrides.get("bulkhead.value", 64), "the older key applies where the newer is not set");
        assertEquals(2, overrides.get("retry.max-retries", 2), "the policy's own value where neither is set");
    }

    @Test
    void ratiosAreRead() {
        DownstreamGuard.Overrides overrides = new DownstreamGuard.Overrides(
                config(Map.of(key(QUERIES, "circuit-breaker.failure-ratio"), "0.75")), QUERIES);

        assertEquals(0.75, overrides.ratio("circuit-breaker.failure-ratio", 0.5));
    }

    @Test
    void anotherServicesKeysDoNotApply() {
        DownstreamGuard.Overrides overrides = new DownstreamGuard.Overrides(
                config(Map.of(
                        key(DownstreamService.PERSONA.overrideKey + "/guardedReadAsync", "timeout.value"), "700")),
                QUERIES);

        assertEquals(3000, overrides.get("timeout.value", 3000));
    }

    private static String key(String guard, String setting) {
        return "quarkus.fault-tolerance.\"" + guard + "\"." + setting;
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }
}
