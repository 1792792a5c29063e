package org.psychograph.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A child process of the stack (a service or Keycloak), logging to a file, stopped with its children. */
public final class ManagedProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    /** The children that {@link #requestStop} signalled, to kill if they outlive the grace period. */
    private List<ProcessHandle> signalled = List.of();

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ManagedProcess start(
            String name, List<String> command, Map<String, String> environment, Path workDir, Path logDir)
            throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ManagedProcess(name, builder.start(), log);
    }

    /** Waits until the URL answers 200, or fails naming the log to read. */
    public void awaitReady(String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM to the process and its children, then SIGKILL after a grace period. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /**
     * SIGTERM to the process and its children; SIGKILL to whatever is left after the grace period.
     * @return whether the process exited by itself within the grace period
     */
    public boolean stop(Duration grace) {
        requestStop();
        return awaitStop(grace);
    }

    /** SIGKILL, with no warning and no clean-up, as a node failure or the OOM killer would; waits for the exit. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
    }

    /** SIGTERM to the process and its children (as they are now); see {@link #awaitStop}. */
    public void requestStop() {
        signalled = process.descendants().toList();
        process.destroy();
        signalled.forEach(ProcessHandle::destroy);
    }

    /** Waits for a stop asked by {@link #requestStop}, then SIGKILL; true when it exited by itself. */
    public boolean awaitStop(Duration grace) {
        boolean exited;
        try {
            process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            exited = true;
        } catch (Exception e) {
            process.destroyForcibly();
            exited = false;
        }
        signalled.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return exited;
    }
}
