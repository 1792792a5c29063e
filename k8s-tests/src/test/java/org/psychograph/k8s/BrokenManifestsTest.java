package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture in src/test/resources/broken has one defect and names, in "# expect:" lines, the
 * messages the checks must give for it; the control fixture in valid/ must give none.
 */
class BrokenManifestsTest {

    private static final String EXPECT = "# expect: ";

    static List<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(resource("broken"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theControlFixturePassesEveryCheck() throws Exception {
        String yaml = Files.readString(resource("valid").resolve("survey-service.yaml"));
        List<String> problems = Manifests.allProblems(K8sObject.parseAll(yaml));
        assertEquals(List.of(), problems, Manifests.report("valid/survey-service.yaml", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachBrokenManifestFailsWithAClearMessage(String fixture) throws Exception {
        String yaml = Files.readString(resource("broken").resolve(fixture));
        List<String> expected = yaml.lines()
                .filter(l -> l.startsWith(EXPECT))
                .map(l -> l.substring(EXPECT.length()))
                .toList();
        assertFalse(expected.isEmpty(), fixture + " states no \"" + EXPECT + "\" line");

        List<String> problems = Manifests.allProblems(K8sObject.parseAll(yaml));

        for (String message : expected) {
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains(message)),
                    fixture + ": expected a problem containing\n    " + message + "\nbut got:\n    "
                            + String.join("\n    ", problems));
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BrokenManifestsTest.class.getResource("/" + name).toURI());
    }
}
