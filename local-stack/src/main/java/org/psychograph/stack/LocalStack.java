package org.psychograph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole suite on one machine: PostgreSQL, Keycloak and the four packaged services, wired together
 * through the same environment variables a deployment uses. Used by the main-job command and by the
 * end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {

    /** Ports of one stack; tests use other ones than the demo so both can run side by side. */
    public record Ports(int postgres, int keycloak, Map<SuiteService, Integer> services) {

        public static Ports defaults() {
            Map<SuiteService, Integer> services = new EnumMap<>(SuiteService.class);
            for (SuiteService s : SuiteService.values()) {
                services.put(s, s.defaultPort());
            }
            return new Ports(55432, 8180, services);
        }

        /** The defaults moved by an offset (e.g. 100: PostgreSQL 55532, Keycloak 8280, services 8180...). */
        public static Ports shifted(int offset) {
            Map<SuiteService, Integer> services = new EnumMap<>(SuiteService.class);
            for (SuiteService s : SuiteService.values()) {
                services.put(s, s.defaultPort() + offset + 1000);
            }
            return new Ports(55432 + offset, 8180 + offset + 1000, services);
        }
    }

    public static final String KEYCLOAK_VERSION = System.getProperty("keycloak.version", "26.5.6");
    public static final String WORKER_CLIENT = "psychograph-worker";
    /** The dev realm's worker secret: a development value committed on purpose, never used in a deployment. */
    public static final String WORKER_SECRET = "dev-only-worker-secret";

    private final StackLayout layout;
    private final Ports ports;
    private final Consumer<String> progress;
    private LocalPostgres postgres;
    private LocalKeycloak keycloak;
    private final Map<SuiteService, ManagedProcess> services = new EnumMap<>(SuiteService.class);
    /** Services started recording an AOT cache: their stop writes it, which takes longer. */
    private final Map<SuiteService, Boolean> recording = new EnumMap<>(SuiteService.class);

    private final Path servicesJava = JavaRuntimes.servicesJavaHome();
    private final String servicesJavaVersion = JavaRuntimes.fullVersion(servicesJava)
            .orElse(Integer.toString(Runtime.version().feature()));
    private AotCaches aotCaches;
    private final Map<SuiteService, Map<String, String>> extraEnvironment = new EnumMap<>(SuiteService.class);
    private boolean durableDatabase;

    public LocalStack(StackLayout layout, Ports ports, Consumer<String> progress) {
        this.layout = layout;
        this.ports = ports;
        this.progress = progress;
    }

    /**
     * Starts the services with AOT caches kept in the state folder, when their JDK can (Java 25+): the first run
     * of a build records them, later runs start in half the time. For a stack that is started again and again
     * on the same build (the main job); a throwaway stack would pay for recording and never use the caches.
     */
    public LocalStack withAotCaches() {
        if (AotCaches.supported(JavaRuntimes.featureOf(servicesJavaVersion))) {
            aotCaches = new AotCaches(layout.stateDir().resolve("aot"), servicesJavaVersion);
        }
        return this;
    }

    /** Settings added to (or overriding) a service's environment, e.g. shorter leases for a fault-injection run. */
    public LocalStack withEnvironment(SuiteService s, Map<String, String> settings) {
        extraEnvironment.computeIfAbsent(s, x -> new HashMap<>()).putAll(settings);
        return this;
    }

    public void start(boolean durableDatabase) throws IOException, InterruptedException, SQLException {
        this.durableDatabase = durableDatabase;
        for (SuiteService s : SuiteService.values()) {
            if (!Files.exists(layout.serviceJar(s.module()))) {
                throw new IllegalStateException(
                        "missing " + layout.serviceJar(s.module()) + ": build first with ./mvnw -DskipTests install");
            }
        }
        progress.accept("starting PostgreSQL on 127.0.0.1:" + ports.postgres());
        postgres = LocalPostgres.start(layout.stateDir().resolve("postgres"), ports.postgres(), durableDatabase);
        for (SuiteService s : SuiteService.values()) {
            if (s.database() != null) {
                postgres.ensureServiceDatabase(s.database());
            }
        }
        progress.accept("starting Keycloak " + KEYCLOAK_VERSION + " on 127.0.0.1:" + ports.keycloak()
                + " (about 30 s the first time)");
        keycloak = LocalKeycloak.start(layout, KEYCLOAK_VERSION, ports.keycloak());
        progress.accept("starting the services on Java " + servicesJavaVersion
                + (aotCaches == null
                        ? ""
                        : needsRecording()
                                ? " (recording their start-up caches: this first start of a build is slower)"
                                : " (with their start-up caches)"));
        for (SuiteService s : SuiteService.values()) {
            startService(s);
        }
        for (SuiteService s : SuiteService.values()) {
            services.get(s).awaitReady(baseUrl(s) + "/q/health/ready", Duration.ofSeconds(120));
            progress.accept(s.module() + " ready at " + baseUrl(s));
        }
    }

    private boolean needsRecording() throws IOException {
        for (SuiteService s : SuiteService.values()) {
            if (!Files.exists(aotCaches.cacheFor(s.module(), layout.serviceJar(s.module())))) {
                return true;
            }
        }
        return false;
    }

    /** Starts (or restarts) one service's packaged application. */
    public void startService(SuiteService s) throws IOException {
        Path runJar = layout.serviceJar(s.module());
        List<String> command =
                new ArrayList<>(List.of(servicesJava.resolve("bin/java").toString(), "-Xmx512m"));
        command.addAll(THREAD_PRIORITIES);
        List<String> aotOptions = aotCaches == null ? List.of() : aotCaches.jvmOptions(s.module(), runJar);
        command.addAll(aotOptions);
        command.addAll(List.of("-jar", runJar.toString()));
        recording.put(s, AotCaches.recording(aotOptions));
        services.put(s, ManagedProcess.start(s.module(), command, environment(s), layout.projectRoot(), layout.logs()));
    }

    /**
     * Lets a service's Java thread priorities reach the operating system, so that threads doing batch work inside a
     * service (imports, fits) at {@link Thread#MIN_PRIORITY} run at {@code nice 10} and yield to requests; as the
     * images do (docs/operations.md).
     *
     * <p>Priorities above normal are pinned to {@code nice 0}. The policy's own table maps them to negative nice
     * values, which a JVM running as root (as many containers do) really gets: its JIT compiler, GC and VM threads
     * then ran at {@code nice -4} and, while new code paths were being compiled under load, took almost a core away
     * from the threads answering requests (docs/reliability.md).
     */
    static final List<String> THREAD_PRIORITIES = List.of(
            "-XX:ThreadPriorityPolicy=1",
            "-XX:JavaPriority1_To_OSPriority=10",
            "-XX:JavaPriority6_To_OSPriority=0",
            "-XX:JavaPriority7_To_OSPriority=0",
            "-XX:JavaPriority8_To_OSPriority=0",
            "-XX:JavaPriority9_To_OSPriority=0",
            "-XX:JavaPriority10_To_OSPriority=0");

    /**
     * Starts one more segmentation worker process (segmentation-service in its {@code worker} profile) on its own
     * port, sharing the stack's database and identity provider, as a Kubernetes worker pod would.
     */
    public ManagedProcess startWorker(String name, int port) throws IOException, InterruptedException {
        return startWorker(name, port, List.of());
    }

    /**
     * {@link #startWorker(String, int)} with the worker's process bound to one core ({@code taskset}), as a worker
     * pod with a CPU limit of one: for measuring how a run speeds up with more worker processes. The JVM then sees
     * one processor and sizes its fit pool to it.
     */
    public ManagedProcess startWorkerOnCore(String name, int port, int core) throws IOException, InterruptedException {
        Path taskset = onPath("taskset")
                .orElseThrow(
                        () -> new IllegalStateException("taskset is not on the PATH: cannot bind a worker to a core"));
        return startWorker(name, port, List.of(taskset.toString(), "-c", Integer.toString(core)));
    }

    private ManagedProcess startWorker(String name, int port, List<String> prefix)
            throws IOException, InterruptedException {
        Path runJar = layout.serviceJar(SuiteService.SEGMENTATION.module());
        Map<String, String> env = environment(SuiteService.SEGMENTATION);
        env.put("QUARKUS_PROFILE", "worker");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PSYCHOGRAPH_WORKER_ENABLED", "true");
        env.put("PSYCHOGRAPH_OUTBOX_ENABLED", "false");
        List<String> command = new ArrayList<>(prefix);
        command.addAll(backgroundPriority());
        command.addAll(List.of(servicesJava.resolve("bin/java").toString(), "-Xmx512m", "-jar", runJar.toString()));
        ManagedProcess worker = ManagedProcess.start(name, command, env, layout.projectRoot(), layout.logs());
        worker.awaitReady("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofSeconds(120));
        return worker;
    }

    /**
     * Worker processes do batch work (k-means fits) next to services that answer people; on a shared machine they run
     * at a lower CPU priority ({@code nice}), so that a run uses the cores the services leave idle instead of
     * slowing every tenant's reads. A Kubernetes deployment gets the same from CPU requests (docs/kubernetes.md).
     * Where {@code nice} is not on the PATH, workers run at normal priority.
     */
    private static List<String> backgroundPriority() {
        return onPath("nice").map(nice -> List.of(nice.toString(), "-n", "10")).orElse(List.of());
    }

    /** A program on the PATH, if there is one of that name. */
    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Optional.of(Path.of(dir, program));
            }
        }
        return Optional.empty();
    }

    /** A running service's process, to stop or kill it from a test. */
    public ManagedProcess process(SuiteService s) {
        return services.get(s);
    }

    /** Stops PostgreSQL (fast shutdown: connections are cut, as in a failover). */
    public void stopPostgres() throws IOException {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same data folder and port. */
    public void startPostgres() throws IOException {
        postgres = LocalPostgres.start(layout.stateDir().resolve("postgres"), ports.postgres(), durableDatabase);
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public void awaitReady(SuiteService s) throws InterruptedException {
        services.get(s).awaitReady(baseUrl(s) + "/q/health/ready", Duration.ofSeconds(120));
    }

    public void stopService(SuiteService s) {
        stopServices(List.of(s));
    }

    /** Stops services all at once (SIGTERM to each, then waiting), so that writing their caches overlaps. */
    private void stopServices(List<SuiteService> which) {
        List<SuiteService> stopping =
                which.stream().filter(services::containsKey).toList();
        stopping.forEach(s -> services.get(s).requestStop());
        if (stopping.stream().anyMatch(s -> recording.getOrDefault(s, false))) {
            progress.accept("writing the services' start-up caches for the next run (once per build, up to a minute)");
        }
        for (SuiteService s : stopping) {
            boolean writesCache = recording.getOrDefault(s, false);
            boolean exited = services.remove(s).awaitStop(Duration.ofSeconds(writesCache ? 150 : 20));
            if (writesCache && !exited) {
                try {
                    aotCaches.discard(s.module(), layout.serviceJar(s.module()));
                } catch (IOException e) {
                    progress.accept("could not remove the half-written cache of " + s.module() + ": " + e.getMessage());
                }
            }
        }
    }

    /** The environment a deployment would set (see docs/operations.md), pointing at this stack. */
    Map<String, String> environment(SuiteService s) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.services().get(s)));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        if (s.database() != null) {
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(s.database()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(s.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", s.database());
            env.put("QUARKUS_DATASOURCE_PASSWORD", s.database());
        }
        env.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", keycloak.issuer());
        env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", WORKER_CLIENT);
        env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", WORKER_SECRET);
        env.put("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_SURVEY_URL", graphqlUrl(SuiteService.SURVEY));
        env.put("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_SEGMENTATION_URL", graphqlUrl(SuiteService.SEGMENTATION));
        env.put("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_PERSONA_URL", graphqlUrl(SuiteService.PERSONA));
        env.putAll(extraEnvironment.getOrDefault(s, Map.of()));
        return env;
    }

    public String baseUrl(SuiteService s) {
        return "http://127.0.0.1:" + ports.services().get(s);
    }

    public String graphqlUrl(SuiteService s) {
        return baseUrl(s) + "/graphql";
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    public StackLayout layout() {
        return layout;
    }

    @Override
    public void close() {
        stopServices(new ArrayList<>(services.keySet()));
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                progress.accept("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
