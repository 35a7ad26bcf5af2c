package id.rantai.api.idempotency;

import id.rantai.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;

/**
 * Refuses (428) a request to an endpoint whose {@link Idempotent} key is required when it comes without the
 * {@code Idempotency-Key} header. It runs after authentication (a stranger still gets 401, a wrong role 403) and before
 * the body is read, so the answer does not depend on what the body holds.
 */
@ServerFilter("/api/**")
final class IdempotencyKeyRequired implements Ordered {

    static final String DETAIL = "This request creates something, so it needs an Idempotency-Key header: a new random value "
            + "(a UUID) for each thing you mean to create, sent again unchanged when you retry. Without it a retried request "
            + "could create a second one.";

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (required(request) && request.getHeaders().findFirst(Idempotent.HEADER).isEmpty()) {
            return missing().toResponse();
        }
        return null;
    }

    static boolean required(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .map(route -> route.getAnnotationMetadata())
                .filter(metadata -> metadata.hasAnnotation(Idempotent.class))
                .map(metadata -> metadata.booleanValue(Idempotent.class, "required").orElse(true))
                .orElse(false);
    }

    static ProblemException missing() {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "idempotency-key-required", DETAIL);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
