package org.psychograph.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.psychograph.gateway.error.DownstreamErrorException;

class BatchesTest {

    final List<List<String>> requests = new ArrayList<>();
    final Function<List<String>, Uni<List<String>>> upperCase = keys -> {
        requests.add(List.copyOf(keys));
        return Uni.createFrom().item(keys.stream().map(String::toUpperCase).toList());
    };

    @Test
    void answersEveryParentInOrderAskingEachKeyOnce() {
        List<String> parents = Arrays.asList("b", "a", "b", null, "c");
        assertEquals(
                Arrays.asList("B", "A", "B", null, "C"),
                Batches.perSource(parents, p -> p, upperCase, "op", 100).await().indefinitely());
        assertEquals(List.of(List.of("b", "a", "c")), requests);
    }

    @Test
    void splitsLargeBatchesIntoRequestsOfAtMostMaxKeys() {
        List<String> parents = List.of("a", "b", "c", "d", "e");
        assertEquals(
                List.of("A", "B", "C", "D", "E"),
                Batches.perSource(parents, p -> p, upperCase, "op", 2).await().indefinitely());
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")), requests);
    }

    @Test
    void noParentsNoRequest() {
        assertEquals(
                List.of(),
                Batches.perSource(List.<String>of(), p -> p, upperCase, "op", 100)
                        .await()
                        .indefinitely());
        assertEquals(List.of(), requests);
    }

    @Test
    void anAnswerOfTheWrongSizeIsADownstreamError() {
        DownstreamErrorException error = assertThrows(
                DownstreamErrorException.class,
                () -> Batches.perSource(
                                List.of("a", "b"),
                                p -> p,
                                keys -> Uni.createFrom().item(List.of("A")),
                                "runsByIds",
                                100)
                        .await()
                        .indefinitely());
        assertEquals("DOWNSTREAM_ERROR", error.code());
    }
}
