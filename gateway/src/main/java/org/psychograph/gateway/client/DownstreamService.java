package org.psychograph.gateway.client;

/** The services behind the gateway: the name callers read in errors, and the key their URL is configured under. */
enum DownstreamService {
    SURVEY("survey-service", "survey", "org.psychograph.gateway.client.SurveyDownstream"),
    SEGMENTATION("segmentation-service", "segmentation", "org.psychograph.gateway.client.SegmentationDownstream"),
    PERSONA("persona-service", "persona", "org.psychograph.gateway.client.PersonaDownstream");

    /** As callers read it in UNAVAILABLE and DOWNSTREAM_ERROR messages. */
    final String displayName;
    /** {@code quarkus.smallrye-graphql-client.<key>.url} ({@link org.psychograph.gateway.config.DownstreamUrls}). */
    final String key;
    /**
     * Where its fault-tolerance overrides start ({@link DownstreamGuard}): a literal, so that renaming a class never
     * silently drops a deployment's overrides.
     */
    final String overrideKey;

    DownstreamService(String displayName, String key, String overrideKey) {
        this.displayName = displayName;
        this.key = key;
        this.overrideKey = overrideKey;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
