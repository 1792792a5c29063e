package org.psychograph.segmentation.clustering.tracking;

/** What a wave says about the model it was placed with. */
public enum DriftVerdict {
    /** Shares as in the fitting data and respondents as close to their centres: keep using the model. */
    STILL_FITS,
    /** The same segments, in materially different proportions: the market moved, the segments did not. */
    SHARES_CHANGED,
    /** Too many respondents are far from every centre: segments the model does not know; refit. */
    NO_LONGER_FITS
}
