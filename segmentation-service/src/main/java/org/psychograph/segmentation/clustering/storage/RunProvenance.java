package org.psychograph.segmentation.clustering.storage;

import org.psychograph.segmentation.clustering.ClusteringConfig;

/**
 * Where a stored model came from: enough to reproduce it (same input, config and seed give the same solution).
 *
 * @param seed            the run seed
 * @param tribuoVersion   {@code org.tribuo.Tribuo.VERSION} at training time
 * @param config          the run's clustering configuration
 * @param dataFingerprint SHA-256 of the prepared basis matrix ({@link DataFingerprint})
 * @param rows            respondents clustered
 * @param variables       basis variables
 * @param k               segments of the stored solution
 * @param restartIndex    the restart that produced it
 * @param fitSeed         the Tribuo trainer seed of that restart
 */
public record RunProvenance(
        long seed,
        String tribuoVersion,
        ClusteringConfig config,
        String dataFingerprint,
        int rows,
        int variables,
        int k,
        int restartIndex,
        long fitSeed) {}
