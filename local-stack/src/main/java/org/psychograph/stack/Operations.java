package org.psychograph.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** GraphQL documents kept as .graphql resources (never escaped Java strings). */
public final class Operations {

    private Operations() {}

    public static String load(String name) {
        try (InputStream in = Operations.class.getResourceAsStream("/operations/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no operation " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
