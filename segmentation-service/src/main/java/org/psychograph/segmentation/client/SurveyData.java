package org.psychograph.segmentation.client;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.psychograph.segmentation.client.SurveyDtos.MatrixPage;
import org.psychograph.segmentation.client.SurveyDtos.SurveyDefinition;

/**
 * survey-service, as this service reads it: surveys and the response matrix page by page. Timeouts,
 * retries and the breaker are configurable per method
 * ({@code quarkus.fault-tolerance."org.psychograph.segmentation.client.SurveyData/matrixPage".timeout.value}).
 * These are reads, so retrying them is safe.
 */
@ApplicationScoped
public class SurveyData {

    public static final int PAGE_SIZE = 5000;

    private final SurveyClient api;
    private final SurveyMatrixClient matrix;

    public SurveyData(SurveyClient api, SurveyMatrixClient matrix) {
        this.api = api;
        this.matrix = matrix;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 3, delay = 500, jitter = 200, abortOn = GraphQLClientException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10_000)
    public SurveyDefinition survey(String surveyId) {
        return api.survey(surveyId);
    }

    /** The survey as the calling user sees it (their token is forwarded): for validating a new run. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, abortOn = GraphQLClientException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.6,
            delay = 10_000,
            skipOn = GraphQLClientException.class)
    public Uni<SurveyDefinition> surveyForCaller(String surveyId) {
        return api.surveyUni(surveyId);
    }

    /** How many responses the survey has, as the calling user sees it. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, abortOn = GraphQLClientException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.6,
            delay = 10_000,
            skipOn = GraphQLClientException.class)
    public Uni<Integer> responseCountForCaller(String surveyId, List<String> codes) {
        return api.responseMatrixUni(surveyId, codes, 1, null).map(MatrixPage::totalCount);
    }

    /**
     * A page of the matrix in the compact form (no JSON number per cell), for workers reading whole surveys. A
     * refusal (HTTP 4xx) is not retried and does not count against survey-service's breaker.
     */
    @Timeout(30_000)
    @Retry(maxRetries = 3, delay = 1_000, jitter = 500, abortOn = SurveyMatrixClient.SurveyRefusal.class)
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.6,
            delay = 10_000,
            skipOn = SurveyMatrixClient.SurveyRefusal.class)
    public MatrixBlock matrixPage(String surveyId, List<String> codes, String after) {
        return matrix.page(surveyId, codes, PAGE_SIZE, after);
    }
}
