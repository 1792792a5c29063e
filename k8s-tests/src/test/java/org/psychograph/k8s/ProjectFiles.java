package org.psychograph.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's files are, from Surefire's project.root or the working directory. */
final class ProjectFiles {

    private ProjectFiles() {}

    static Path root() {
        String configured = System.getProperty("project.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("k8s"))) {
            throw new IllegalStateException("no k8s/ directory under " + root);
        }
        return root;
    }

    static Path k8sDir() {
        return root().resolve("k8s");
    }

    static Path module(String name) {
        return root().resolve(name);
    }
}
