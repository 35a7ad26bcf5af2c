package id.rantai.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The browser's session: the API's signed token in an HttpOnly cookie (read back by Micronaut's token cookie reader,
 * {@code micronaut.security.token.cookie}), SameSite=Lax so a link from an email still finds the person logged in,
 * and Secure when the request came over TLS or {@code RANTAI_WEB_SECURE_COOKIES=true} says a TLS proxy stands in front.
 */
@Singleton
public class SessionCookie {

    public static final String NAME = "rantai_session";

    private final boolean alwaysSecure;

    SessionCookie(@Value("${rantai.web.secure-cookies:false}") boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    public Cookie issue(HttpRequest<?> request, String token, long maxAgeSeconds) {
        return harden(request, Cookie.of(NAME, token)).maxAge(maxAgeSeconds);
    }

    public Cookie clear(HttpRequest<?> request) {
        return harden(request, Cookie.of(NAME, "")).maxAge(0);
    }

    /** The session cookie's value, if the browser sent one. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    Cookie harden(HttpRequest<?> request, Cookie cookie) {
        return cookie.httpOnly(true).sameSite(SameSite.Lax).path("/").secure(alwaysSecure || request.isSecure());
    }
}
