package org.psychograph.segmentation.api.types;

/** What a typing tool is exported as. */
public enum TypingToolFormat {
    /** The questions, the scoring rule in answer units and the accuracy, for forms and CRM rules. */
    JSON,
    /** A self-contained printable sheet: the questions, the scoring table, the holdout confusion matrix. */
    HTML
}
