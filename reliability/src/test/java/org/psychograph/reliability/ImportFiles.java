package org.psychograph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Import files for the scenarios, made from the public McDonald's data (ids come from {@code rowIdPrefix}). */
final class ImportFiles {

    private ImportFiles() {}

    /** The McDonald's answers repeated to at least {@code rows} data rows: a file big enough to cut mid-way. */
    static Path mcdonaldsRepeated(int rows) {
        try {
            List<String> lines = Files.readAllLines(ReliabilityStack.get().mcdonaldsCsv());
            Path file = Files.createTempFile("mcdonalds-x" + rows + "-", ".csv");
            StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
            int written = 0;
            while (written < rows) {
                for (String line : lines.subList(1, lines.size())) {
                    out.append(line).append('\n');
                    written++;
                }
            }
            Files.writeString(file, out);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
