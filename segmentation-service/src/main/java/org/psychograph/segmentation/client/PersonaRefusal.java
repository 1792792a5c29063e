package org.psychograph.segmentation.client;

/**
 * persona-service answered {@code generatePersonas} with an error: it is up and working, so this never counts
 * against the notifier's circuit breaker. A VALIDATION answer is about the run itself (it cannot be turned into
 * personas) and is final; other codes (a token or role problem, segmentation-service unavailable to
 * persona-service) may pass and are retried.
 */
public class PersonaRefusal extends Exception {

    private final String code;

    public PersonaRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether sending the same event again can only get the same answer. */
    public boolean isFinal() {
        return "VALIDATION".equals(code);
    }
}
