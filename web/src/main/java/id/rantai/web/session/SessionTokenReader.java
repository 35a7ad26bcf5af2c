package id.rantai.web.session;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the pages' session: the same signed token the API issues, from the HttpOnly session cookie. Micronaut's own
 * cookie reader runs only in its "cookie" authentication mode, while the API stays in bearer mode; a request with an
 * {@code Authorization} header is authenticated by that header alone.
 */
@Singleton
final class SessionTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Optional.empty();
        }
        return SessionCookie.of(request);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
