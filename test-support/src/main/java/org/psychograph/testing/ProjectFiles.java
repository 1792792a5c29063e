package org.psychograph.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the project and of the shared folder beside it, whatever the working directory. */
public final class ProjectFiles {

    private ProjectFiles() {}

    /** The project root: the nearest ancestor of the working directory holding {@code mvnw}. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "not inside the project: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** A public dataset, e.g. {@code dataset("msa-mcdonalds/mcdonalds.csv")}, from ../shared/datasets. */
    public static Path dataset(String relative) {
        Path file = projectRoot().resolveSibling("shared").resolve("datasets").resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException(
                    "dataset not found: " + file + " (the shared folder must sit beside the project root)");
        }
        return file;
    }
}
