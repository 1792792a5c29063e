package org.psychograph.persona.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.psychograph.persona.generation.Meanings;

/**
 * Loads the sentence model (question meanings by similarity) in the background at start-up: the service is ready
 * at once, and the first generation finds the model loaded (about 1.5 s here) instead of waiting for it.
 */
@Singleton
public class SentenceModelPreload {

    void onStart(@Observes StartupEvent event) {
        Meanings.preload();
    }
}
