package org.psychograph.reliability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.psychograph.stack.SuiteClient;

/**
 * Bearer tokens of the dev realm's users and of the service account, fetched again before the realm's 5-minute
 * access-token lifespan runs out (a long-form scenario outlives a token).
 */
final class Tokens {

    private static final Duration MAX_AGE = Duration.ofMinutes(4);

    private final ReliabilityStack suite;
    private final Map<String, String> tokens = new HashMap<>();
    private long fetched;

    Tokens(ReliabilityStack suite) {
        this.suite = suite;
    }

    /** A user's token (alice, victor, bob, carol; password = name) or, for "service", the service account's. */
    synchronized String of(String user) throws Exception {
        if (System.nanoTime() - fetched > MAX_AGE.toNanos()) {
            tokens.clear();
            fetched = System.nanoTime();
        }
        String token = tokens.get(user);
        if (token == null) {
            token = "service".equals(user)
                    ? suite.serviceAccountToken()
                    : SuiteClient.passwordToken(suite.stack.keycloak().tokenEndpoint(), user, user);
            tokens.put(user, token);
        }
        return token;
    }

    /** A client with the user's current token. */
    SuiteClient client(String user) throws Exception {
        return new SuiteClient(of(user));
    }
}
