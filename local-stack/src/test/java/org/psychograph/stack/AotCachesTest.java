package org.psychograph.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCachesTest {

    @TempDir
    Path dir;

    private Path fakeRunJar() throws IOException {
        Path jar = dir.resolve("quarkus-run.jar");
        Files.writeString(jar, "a build");
        return jar;
    }

    /** A start that records (its options must say so), and the cache its JVM writes when it stops. */
    private static Path recordedStart(AotCaches caches, String module, Path jar, String content) throws IOException {
        List<String> options = caches.jvmOptions(module, jar);
        assertTrue(AotCaches.recording(options), options.toString());
        Path cache = caches.cacheFor(module, jar);
        Files.writeString(cache, content);
        return cache;
    }

    @Test
    void aNewBuildRecordsThenLaterStartsUseTheCache() throws IOException {
        Path jar = fakeRunJar();
        AotCaches caches = new AotCaches(dir.resolve("aot"), "25.0.3");

        recordedStart(caches, "gateway", jar, "what the JVM wrote when the service stopped");

        List<String> second = caches.jvmOptions("gateway", jar);
        assertFalse(AotCaches.recording(second), second.toString());
        assertTrue(second.contains("-XX:AOTCache=" + caches.cacheFor("gateway", jar)), second.toString());
    }

    @Test
    void aRebuildRecordsAgainAndDropsTheCacheThatCanNoLongerFit() throws IOException {
        Path jar = fakeRunJar();
        AotCaches caches = new AotCaches(dir.resolve("aot"), "25.0.3");
        Path old = recordedStart(caches, "gateway", jar, "cache of the first build");
        Path otherModule = recordedStart(caches, "survey-service", jar, "another module's cache");

        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        List<String> options = caches.jvmOptions("gateway", jar);

        assertTrue(AotCaches.recording(options), options.toString());
        assertNotEquals(old, caches.cacheFor("gateway", jar));
        assertFalse(Files.exists(old), "the first build's cache is removed");
        assertTrue(Files.exists(otherModule), "other modules keep theirs");
    }

    @Test
    void eachJdkHasItsOwnCache() throws IOException {
        Path jar = fakeRunJar();
        assertNotEquals(
                new AotCaches(dir, "25.0.3").cacheFor("gateway", jar),
                new AotCaches(dir, "25.0.4").cacheFor("gateway", jar));
    }

    @Test
    void aHalfWrittenCacheIsDiscarded() throws IOException {
        Path jar = fakeRunJar();
        AotCaches caches = new AotCaches(dir.resolve("aot"), "25.0.3");
        Path cache = recordedStart(caches, "gateway", jar, "cut short");

        caches.discard("gateway", jar);

        assertFalse(Files.exists(cache));
        assertTrue(AotCaches.recording(caches.jvmOptions("gateway", jar)));
    }

    /**
     * The options really record a cache a real JDK accepts: the packaged gateway (it starts without its identity
     * provider) started recording and stopped, then started again with the cache required ({@code -XX:AOTMode=on}
     * stops the JVM at once when the cache does not fit).
     */
    @Test
    void theRecordedCacheFitsThePackagedService() throws Exception {
        Path javaHome = JavaRuntimes.servicesJavaHome();
        int feature = JavaRuntimes.version(javaHome).orElse(0);
        assumeTrue(AotCaches.supported(feature), "needs a Java 25+ JDK for the services; found " + javaHome);
        Path runJar = StackLayout.forProject().serviceJar("gateway");
        assumeTrue(Files.exists(runJar), "the gateway is packaged by the build before this module");
        AotCaches caches = new AotCaches(
                dir.resolve("aot"), JavaRuntimes.fullVersion(javaHome).orElseThrow());

        List<String> recording = caches.jvmOptions("gateway", runJar);
        startUntilLiveThenStop(javaHome, recording, runJar);
        assertTrue(Files.size(caches.cacheFor("gateway", runJar)) > 1_000_000, "a cache was written at the stop");

        List<String> using = new ArrayList<>(caches.jvmOptions("gateway", runJar));
        assertFalse(AotCaches.recording(using));
        using.add("-XX:AOTMode=on");
        startUntilLiveThenStop(javaHome, using, runJar);
    }

    private void startUntilLiveThenStop(Path javaHome, List<String> options, Path runJar) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command =
                new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-Xmx256m"));
        command.addAll(options);
        command.addAll(List.of("-jar", runJar.toString()));
        ManagedProcess gateway = ManagedProcess.start(
                "gateway",
                command,
                Map.of(
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(port),
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        "http://127.0.0.1:1/realms/none"),
                dir,
                dir);
        try {
            gateway.awaitReady("http://127.0.0.1:" + port + "/q/health/live", Duration.ofSeconds(90));
        } catch (IllegalStateException e) {
            System.out.println(Files.readString(gateway.log()));
            throw e;
        } finally {
            assertTrue(gateway.stop(Duration.ofSeconds(90)), "the gateway stopped by itself");
        }
    }
}
