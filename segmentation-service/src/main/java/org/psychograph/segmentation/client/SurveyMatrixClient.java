package org.psychograph.segmentation.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * survey-service's compact response matrix ({@code POST /surveys/{id}/matrix}), read by workers with the service
 * account's token. Package-private: callers go through {@link SurveyData}, which adds timeout, retry and circuit
 * breaker. The address is the GraphQL client's ({@code quarkus.smallrye-graphql-client.survey.url}) without its
 * {@code /graphql}, so one setting places survey-service for both.
 *
 * <p>The JDK's HTTP client: the call is blocking on a worker thread anyway, and it needs no extension beyond
 * those the service already has.
 */
@ApplicationScoped
@Startup // a survey address this client cannot use fails the start, not the first run
class SurveyMatrixClient {

    static final String MEDIA_TYPE = "application/vnd.psychograph.matrix";

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    /** How much of an unexpected answer goes into the error (and so into a task's stored error). */
    private static final int ERROR_BODY_CHARS = 500;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final ObjectMapper json;
    /** The JDK client is not instrumented: the trace context goes on each request by hand. */
    private final TextMapPropagator propagator;

    SurveyMatrixClient(
            @ConfigProperty(name = "quarkus.smallrye-graphql-client.survey.url") String graphqlUrl,
            ObjectMapper json,
            OpenTelemetry openTelemetry) {
        this.baseUrl = serviceBase(graphqlUrl);
        this.json = json;
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** survey-service's address from its GraphQL endpoint's. */
    static String serviceBase(String graphqlUrl) {
        String url = graphqlUrl.endsWith("/") ? graphqlUrl.substring(0, graphqlUrl.length() - 1) : graphqlUrl;
        if (!url.endsWith("/graphql")) {
            throw new IllegalStateException(
                    "quarkus.smallrye-graphql-client.survey.url must end in /graphql, was " + graphqlUrl);
        }
        return url.substring(0, url.length() - "/graphql".length());
    }

    MatrixBlock page(String surveyId, List<String> codes, int first, String after) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionCodes", codes);
        body.put("first", first);
        body.put("after", after);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(
                            baseUrl + "/surveys/" + URLEncoder.encode(surveyId, StandardCharsets.UTF_8) + "/matrix"))
                    .timeout(PAGE_TIMEOUT)
                    .header("Authorization", OutgoingToken.serviceAccount())
                    .header("Content-Type", "application/json")
                    .header("Accept", MEDIA_TYPE + ", application/json") // errors come as JSON
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the matrix request cannot be written", e);
        }
        propagator.inject(Context.current(), request, HttpRequest.Builder::header);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("survey-service did not answer the matrix page: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the matrix page", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return MatrixBlock.decode(response.body());
        }
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 400 && status < 500) {
            // the request itself was refused (no such survey, bad argument, token): retrying cannot help
            throw new SurveyRefusal("survey-service refused the matrix page (HTTP " + status + "): " + answer);
        }
        throw new UncheckedIOException(
                new IOException("survey-service failed the matrix page (HTTP " + status + "): " + answer));
    }

    /** survey-service refused a request of ours: not a fault of survey-service, and not worth a retry. */
    public static final class SurveyRefusal extends IllegalStateException {
        SurveyRefusal(String message) {
            super(message);
        }
    }
}
