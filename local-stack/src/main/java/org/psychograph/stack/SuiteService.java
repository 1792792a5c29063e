package org.psychograph.stack;

/** One of the suite's services: its module, port and database (null when it has none). */
public enum SuiteService {
    SURVEY("survey-service", 8081, "survey"),
    SEGMENTATION("segmentation-service", 8082, "segmentation"),
    PERSONA("persona-service", 8083, "persona"),
    GATEWAY("gateway", 8080, null);

    private final String module;
    private final int defaultPort;
    private final String database;

    SuiteService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }
}
