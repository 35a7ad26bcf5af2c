package id.rantai.api.metrics;

import id.rantai.api.auth.Role;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/**
 * {@code /health} (and its readiness and liveness groups) tells everyone only {@code {"status": "UP"}} or
 * {@code "DOWN"}; the details (database URL and user, versions, disk sizes, which dependency is down) are for
 * ADMIN logins only. The status code (200 or 503) is the load balancer's and the probes' answer either way.
 */
@ServerFilter({"/health", "/health/**"})
public class HealthDetailsFilter {

    @ResponseFilter
    @SuppressWarnings("unchecked")
    public void statusOnly(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean admin = request.getUserPrincipal(Authentication.class)
                .map(a -> a.getRoles().contains(Role.ADMIN_NAME)).orElse(false);
        if (admin) {
            return;
        }
        response.getBody().ifPresent(body -> {
            HealthStatus status = body instanceof HealthResult result ? result.getStatus()
                    : response.code() >= 500 ? HealthStatus.DOWN : HealthStatus.UP;
            ((MutableHttpResponse<Object>) response).body(Map.of("status", status.getName()));
        });
    }
}
