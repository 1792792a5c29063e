/**
 * The typing tool: the smallest set of "golden questions" that places a respondent in a segment with a known
 * accuracy, so that a short screener can type new respondents into an existing segmentation.
 * <p>
 * Method ({@link org.psychograph.segmentation.clustering.typing.TypingToolBuilder}):
 * <ol>
 * <li>One seeded split, stratified by segment, into selection rows and holdout rows
 * ({@link org.psychograph.segmentation.clustering.typing.RespondentSplit}).</li>
 * <li>Greedy forward selection on the selection rows: each step adds the question that gives the highest
 * stratified k-fold cross-validated accuracy of a multinomial logistic regression (Tribuo, seeded). The greedy
 * search is bounded; the remaining questions follow in the order of their accuracy alone, so the accuracy curve
 * covers 1..N questions.</li>
 * <li>The golden questions are the shortest prefix of that order whose cross-validated accuracy reaches the target
 * (default 0.85), else the best prefix.</li>
 * <li>The final classifier learns from all selection rows with the golden questions only and is scored once on
 * the holdout rows: accuracy and confusion matrix.</li>
 * </ol>
 * The promise: no holdout row takes part in choosing the questions or training the classifier, so the holdout
 * accuracy estimates the accuracy on new respondents without the optimism of the selection (the cross-validated
 * curve is the maximum over many candidates and is therefore slightly optimistic).
 * <p>
 * Pure Java on Tribuo, no Quarkus and no database, like the rest of {@code clustering}.
 */
package org.psychograph.segmentation.clustering.typing;
