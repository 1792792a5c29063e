package org.psychograph.segmentation.model;

import java.util.List;

/** What a run keeps of a survey question: enough to label profiles and descriptor breakdowns. */
public record QuestionInfo(
        String code, String text, String type, String dimension, String role, List<String> options) {}
