package org.psychograph.segmentation.clustering.typing;

/**
 * One point of the accuracy curve: with the first {@code questions} questions of the selection order (the last of
 * them {@code added}), the classifier's stratified cross-validated accuracy on the selection rows.
 */
public record AccuracyPoint(int questions, String added, double crossValidatedAccuracy) {}
