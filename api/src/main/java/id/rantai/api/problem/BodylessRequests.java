package id.rantai.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteInfo;

/**
 * Refuses (400) a body sent to an API endpoint that takes none (publish, cancel, accept, start a reindex): a client that
 * sends one believes it says something, and silently ignoring it would let a malformed request look accepted.
 */
@ServerFilter("/api/**")
final class BodylessRequests implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD || !hasBody(request)) {
            return null;
        }
        boolean takesBody = RouteAttributes.getRouteInfo(request).map(BodylessRequests::takesBody).orElse(true);
        if (takesBody) {
            return null;
        }
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request",
                "This request takes no body; send it without one").toResponse();
    }

    /** Whether the endpoint reads a body: one of its arguments is the {@code @Body} (or a part of it). */
    private static boolean takesBody(RouteInfo<?> route) {
        if (!(route instanceof MethodBasedRouteInfo<?, ?> method)) {
            return true;
        }
        for (Argument<?> argument : method.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasStereotype(Body.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
