package org.psychograph.persona.meaning;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Sentence embeddings in process: the quantised all-MiniLM-L6-v2 model that ships inside its jar, so meaning is
 * resolved offline, with no model server. Loading takes one to three seconds and about 90 MB outside the heap
 * (docs/benchmarks.md), so the service starts it in the background ({@link #preload()}) and the first
 * resolution waits for it; nothing ever falls back to a different answer because the model was still loading,
 * which keeps generation deterministic.
 */
public final class SentenceEncoder {

    private static final Logger LOG = Logger.getLogger(SentenceEncoder.class);
    private static final CompletableFuture<EmbeddingModel> MODEL = new CompletableFuture<>();
    private static volatile boolean started;

    private SentenceEncoder() {}

    /**
     * Starts loading the model after {@code delay}, on a background thread; returns at once. A sentence embedded
     * before then starts the load at once.
     */
    public static void preload(java.time.Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            start();
            return;
        }
        Thread timer = new Thread(
                () -> {
                    try {
                        Thread.sleep(delay.toMillis());
                        start();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "sentence-model-preload");
        timer.setDaemon(true);
        timer.start();
    }

    /** The unit-length embedding of {@code text}, waiting for the model if it is still loading. */
    public static float[] embed(String text) {
        start();
        try {
            var embedding = MODEL.get().embed(text).content();
            embedding.normalize();
            return embedding.vector();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sentence model loads", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the sentence model could not be loaded", e.getCause());
        }
    }

    /** Cosine similarity of two unit-length vectors. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static void start() {
        if (started) {
            return;
        }
        synchronized (SentenceEncoder.class) {
            if (started) {
                return;
            }
            started = true;
            Thread loader = new Thread(SentenceEncoder::load, "sentence-model-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private static void load() {
        long began = System.nanoTime();
        try {
            EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            model.embed("warm up");
            MODEL.complete(model);
            LOG.infof(
                    "sentence model all-MiniLM-L6-v2 (quantised) loaded in %d ms",
                    (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("the sentence model could not be loaded; question meanings fall back to the lexicon only", e);
            MODEL.completeExceptionally(e);
        }
    }

    /** Whether the model is loaded and usable (false while loading or after a failed load). */
    public static boolean ready() {
        return MODEL.isDone() && !MODEL.isCompletedExceptionally();
    }

    /** Whether loading failed for good (the lexicon then works alone, and notes say so). */
    public static boolean failed() {
        return MODEL.isCompletedExceptionally();
    }
}
