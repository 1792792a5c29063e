package org.psychograph.survey.coding;

/** A raw answer that does not fit its question; the reason is shown to the caller as it is. */
public class AnswerRejected extends Exception {

    public AnswerRejected(String reason) {
        super(reason, null, false, false);
    }
}
