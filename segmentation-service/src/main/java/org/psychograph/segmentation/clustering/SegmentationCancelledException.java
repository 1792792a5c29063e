package org.psychograph.segmentation.clustering;

/** Thrown out of the engine when the caller's cancellation flag was raised; partial results are discarded. */
public class SegmentationCancelledException extends RuntimeException {

    public SegmentationCancelledException() {
        super("the segmentation run was cancelled");
    }
}
