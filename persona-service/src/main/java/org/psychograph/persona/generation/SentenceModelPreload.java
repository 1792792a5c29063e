package org.psychograph.persona.generation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.psychograph.persona.config.SentenceModelConfig;

/**
 * Loads the sentence model (question meanings by similarity) in the background, a few seconds after start-up: the
 * load takes some 1.2 s of CPU, which would otherwise compete with the start itself and delay readiness. The first
 * generation then finds the model loaded; one that comes before starts the load itself and waits for it.
 */
@Singleton
public class SentenceModelPreload {

    /** DJL reads its cache directory from this system property (or the environment variable of that name). */
    static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

    void onStart(@Observes StartupEvent event, SentenceModelConfig config) {
        config.cacheDir().filter(dir -> !dir.isBlank()).ifPresent(dir -> System.setProperty(DJL_CACHE_DIR, dir));
        Meanings.preload(config.preloadDelay());
    }
}
