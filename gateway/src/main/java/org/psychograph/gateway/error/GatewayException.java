package org.psychograph.gateway.error;

/**
 * Base of the errors a caller may see from the gateway. Each subclass carries its own {@code @ErrorCode}
 * (the annotation is not inherited), which SmallRye GraphQL puts in {@code extensions.code}.
 */
public abstract class GatewayException extends RuntimeException {

    private final String field;

    protected GatewayException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The input field (path) the error is about, or null. */
    public String field() {
        return field;
    }

    /** The stable code, as it appears in {@code extensions.code}. */
    public abstract String code();
}
