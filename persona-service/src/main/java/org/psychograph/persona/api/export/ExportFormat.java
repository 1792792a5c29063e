package org.psychograph.persona.api.export;

public enum ExportFormat {
    MARKDOWN("text/markdown; charset=UTF-8", "md"),
    JSON("application/json", "json"),
    HTML("text/html; charset=UTF-8", "html");

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }
}
