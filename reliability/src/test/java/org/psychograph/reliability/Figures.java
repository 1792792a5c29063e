package org.psychograph.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * What a scenario measured, one line each, printed and appended to {@code target/reliability-figures.md}: the
 * source of the figures in docs/reliability.md (a run states its trial count, so short and long runs are told apart).
 */
final class Figures {

    private static final Path FILE = Path.of("target", "reliability-figures.md");

    private Figures() {}

    static synchronized void report(String scenario, String line) {
        String entry = "- " + OffsetDateTime.now().withNano(0) + " **" + scenario + "** (trials="
                + ReliabilityStack.TRIALS + "): " + line + System.lineSeparator();
        System.out.print("[reliability] " + entry);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[reliability] could not record the figure: " + e.getMessage());
        }
    }
}
