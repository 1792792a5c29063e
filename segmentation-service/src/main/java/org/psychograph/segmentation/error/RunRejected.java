package org.psychograph.segmentation.error;

/**
 * The run cannot succeed with this input (e.g. more segments asked for than distinct answer patterns):
 * it fails at once instead of being retried. The message starts with the offending field.
 */
public class RunRejected extends RuntimeException {

    public RunRejected(String message) {
        super(message);
    }
}
