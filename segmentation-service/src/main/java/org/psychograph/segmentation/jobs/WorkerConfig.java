package org.psychograph.segmentation.jobs;

import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The worker's settings (psychograph.worker.*) and where to LISTEN. */
@ApplicationScoped
public class WorkerConfig {

    private final boolean enabled;
    private final int concurrency;
    private final Duration lease;
    private final Duration pollInterval;
    private final Optional<String> reactiveUrl;
    private final Optional<String> user;
    private final Optional<String> password;

    public WorkerConfig(@ConfigProperty(name = "psychograph.worker.enabled") boolean enabled,
            @ConfigProperty(name = "psychograph.worker.concurrency") int concurrency,
            @ConfigProperty(name = "psychograph.worker.lease") Duration lease,
            @ConfigProperty(name = "psychograph.worker.poll-interval") Duration pollInterval,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.enabled = enabled;
        this.concurrency = concurrency;
        this.lease = lease;
        this.pollInterval = pollInterval;
        this.reactiveUrl = reactiveUrl;
        this.user = user;
        this.password = password;
    }

    public boolean enabled() {
        return enabled;
    }

    public int concurrency() {
        return concurrency;
    }

    public Duration lease() {
        return lease;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    /** Connection options for the LISTEN connection, from the service's own datasource URL. */
    PgConnectOptions listenOptions() {
        if (reactiveUrl.isEmpty()) {
            return null;
        }
        String url = reactiveUrl.get().replaceFirst("^vertx-reactive:", "");
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }
}
