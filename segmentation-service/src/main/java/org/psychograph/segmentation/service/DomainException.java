package org.psychograph.segmentation.service;

/**
 * Base of the errors a caller may see. Each subclass carries its own {@code @ErrorCode} (the annotation
 * is not inherited), which SmallRye GraphQL puts in {@code extensions.code}.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The input field (path) the error is about, or null. */
    public String field() {
        return field;
    }

    /** The stable code that also goes to REST callers. */
    public abstract String code();
}
