package org.psychograph.persona.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** The sentence model that reads question meanings by similarity (docs/operations.md lists both settings). */
@ConfigMapping(prefix = "psychograph.persona.sentence-model")
public interface SentenceModelConfig {

    /** Where its tokenizer unpacks its native library (DJL_CACHE_DIR); empty: DJL's default, {@code ~/.djl.ai}. */
    Optional<String> cacheDir();

    /** How long after start-up the model starts loading (SENTENCE_MODEL_PRELOAD_DELAY); 0: during start-up. */
    Duration preloadDelay();
}
