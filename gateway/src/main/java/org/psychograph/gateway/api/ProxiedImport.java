package org.psychograph.gateway.api;

import io.vertx.core.AsyncResult;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * One import on its way through the gateway: the caller's upload piped to survey-service, its answer piped back.
 *
 * <p>All-or-nothing holds only if a broken upload reaches survey-service broken. Vert.x pipes end the destination
 * when the source fails, which would close the upstream chunked body cleanly: survey-service would see a complete
 * (shorter) file and commit the rows received so far. So neither pipe ends its destination on failure: when the
 * caller goes away (connection closed, request error, idle timeout) the upstream request is reset, and when
 * survey-service goes away the caller gets a 503, or a reset once the answer's head was sent, never a cut answer
 * that looks whole.
 */
final class ProxiedImport {

    private static final Logger LOG = Logger.getLogger(ProxiedImport.class);
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "transfer-encoding",
            "upgrade",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer");

    private final RoutingContext ctx;
    private final AtomicBoolean callerGone = new AtomicBoolean();
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile HttpClientRequest upstream;

    ProxiedImport(RoutingContext ctx) {
        this.ctx = ctx;
        // called only when the connection closes before the answer ended: the caller went away, maybe mid-file
        ctx.response().closeHandler(closed -> callerWentAway("the caller's connection closed"));
    }

    /** Sends the caller's body to the opened upstream request; the answer is relayed when it comes. */
    void send(AsyncResult<HttpClientRequest> opened) {
        if (opened.failed()) {
            unavailable(opened.cause());
            return;
        }
        HttpClientRequest out = opened.result();
        upstream = out;
        if (callerGone.get()) {
            out.reset();
            return;
        }
        HttpServerRequest in = ctx.request();
        out.setChunked(!in.headers().contains(HttpHeaders.CONTENT_LENGTH));
        out.response().onComplete(answer -> {
            if (answer.succeeded()) {
                relay(answer.result());
            } else {
                unavailable(answer.cause());
            }
        });
        in.pipe().endOnFailure(false).to(out).onFailure(failure -> {
            // the upload broke (the caller's side, or survey-service stopped taking it): whichever, the upstream
            // request must not end as if the file were whole. An answer already on its way (a refusal sent before
            // the body was read) is left to arrive.
            LOG.infof(
                    "import upload broke off (%s); resetting the upstream request so nothing is applied",
                    failure.toString());
            if (!answered.get()) {
                resetUpstream();
            }
        });
    }

    private void relay(HttpClientResponse answer) {
        if (callerGone.get()) {
            return;
        }
        HttpServerResponse out = ctx.response();
        out.setStatusCode(answer.statusCode());
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.putHeader(header.getKey(), header.getValue());
            }
        });
        out.setChunked(!answer.headers().contains(HttpHeaders.CONTENT_LENGTH));
        answered.set(true);
        answer.pipe().endOnFailure(false).to(out).onFailure(failure -> {
            // survey-service (or the caller) went away mid-answer: a reset, so the caller cannot take a cut
            // report for a whole one
            LOG.warnf("import answer from survey-service broke off: %s", failure.toString());
            out.reset();
            resetUpstream();
        });
    }

    /** The caller is gone before its answer ended: survey-service must see a broken request, not an ended one. */
    private void callerWentAway(String why) {
        if (ctx.response().ended() || !callerGone.compareAndSet(false, true)) {
            return;
        }
        LOG.infof("import caller went away (%s); resetting the upstream request so nothing is applied", why);
        resetUpstream();
        if (!ctx.response().closed()) {
            ctx.response().reset();
        }
    }

    private void resetUpstream() {
        HttpClientRequest out = upstream;
        if (out != null) {
            // the reset fails the request on purpose; the answer's future reports it, so this is no news
            out.exceptionHandler(reset -> LOG.debugf("upstream import request reset: %s", reset));
            out.reset();
        }
    }

    private void unavailable(Throwable failure) {
        if (callerGone.get()) {
            return;
        }
        LOG.warnf("import pass-through to survey-service failed: %s", failure.toString());
        HttpServerResponse out = ctx.response();
        if (answered.get() || out.headWritten()) {
            out.reset();
            return;
        }
        out.setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"code\":\"UNAVAILABLE\",\"message\":\"survey-service is unavailable; the import was not "
                        + "applied (imports are all-or-nothing)\"}");
    }
}
