package org.psychograph.segmentation.stored;

/** Where the chosen model came from (seeds as text: they are 64-bit). */
public record StoredProvenance(
        String seed, String tribuoVersion, String dataFingerprint, int restartIndex, String fitSeed) {}
