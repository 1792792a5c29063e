package org.psychograph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The services' JDK AOT caches (JEP 483/514/515, Java 25+): classes already loaded and linked, and method
 * profiles, from an earlier run of the very same build. With one a service is ready in about 1.5-1.9 s
 * instead of 4-5 s (docs/benchmarks.md, "Start-up").
 *
 * <p>A cache only fits the exact files it was recorded with (the JVM checks the size and modification time of
 * every jar on the class path, and its own version), so it is kept per module, build and JDK. The first start of
 * a build records: the JVM writes the cache when the service stops (Ctrl-C), which takes 10-20 s per service,
 * once per build; the starts after it use it. A JVM given a cache that does not fit starts without it, as
 * slowly as before and without a word at the log level set here ({@link #QUIET}); naming caches by build and JDK
 * is what keeps that from happening.
 */
final class AotCaches {

    /**
     * Only the cache's errors in the service's log: Java 25 warns about every class it leaves out of a cache (JFR
     * events, generated proxies) and about adapter code it could not reuse, none of which matters here.
     */
    private static final String QUIET = "-Xlog:aot*=error";

    private final Path dir;
    private final String jdkVersion;

    /** @param jdkVersion the services' JDK (from its {@code release} file): a cache is only valid for it */
    AotCaches(Path dir, String jdkVersion) {
        this.dir = dir;
        this.jdkVersion = jdkVersion;
    }

    /** Whether the JDK can record and use an AOT cache in one step ({@code -XX:AOTCacheOutput}: Java 25+). */
    static boolean supported(int jdkFeatureVersion) {
        return jdkFeatureVersion >= 25;
    }

    /** The cache that fits this build of a module on this JDK (it may not exist yet). */
    Path cacheFor(String module, Path runJar) throws IOException {
        // quarkus-run.jar is rewritten by every build, so its size and time name the build
        String build = Long.toHexString(Files.size(runJar)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(runJar).toMillis());
        return dir.resolve(module + "-" + build + "-jdk" + jdkVersion.replaceAll("[^0-9A-Za-z.]", "_") + ".aot");
    }

    /**
     * The JVM options for starting a module: use its cache when there is one for this build, else record one
     * (older caches of the module are removed: they can never fit again).
     */
    List<String> jvmOptions(String module, Path runJar) throws IOException {
        Path cache = cacheFor(module, runJar);
        if (Files.exists(cache)) {
            return List.of("-XX:AOTCache=" + cache, QUIET);
        }
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path stale : old.filter(p -> p.getFileName().toString().startsWith(module + "-"))
                    .toList()) {
                Files.deleteIfExists(stale);
            }
        }
        return List.of("-XX:AOTCacheOutput=" + cache, QUIET);
    }

    /** Whether these options record a cache (the service's stop then takes longer: it writes the cache). */
    static boolean recording(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
    }

    /** Removes what a stopped recording left half-written (it was killed while writing). */
    void discard(String module, Path runJar) throws IOException {
        Path cache = cacheFor(module, runJar);
        Files.deleteIfExists(cache);
        Files.deleteIfExists(cache.resolveSibling(cache.getFileName() + ".config"));
    }
}
