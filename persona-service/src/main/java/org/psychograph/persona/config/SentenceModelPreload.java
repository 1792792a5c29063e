package org.psychograph.persona.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.psychograph.persona.generation.Meanings;

/**
 * Loads the sentence model (question meanings by similarity) in the background at start-up: the service is ready
 * at once, and the first generation finds the model loaded (about 1.5 s here) instead of waiting for it.
 */
@Singleton
public class SentenceModelPreload {

    /** DJL reads its cache directory from this system property (or the environment variable of that name). */
    static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "psychograph.persona.sentence-model.cache-dir") Optional<String> cacheDir) {
        cacheDir.filter(dir -> !dir.isBlank()).ifPresent(dir -> System.setProperty(DJL_CACHE_DIR, dir));
        Meanings.preload();
    }
}
