package id.rantai.web.session;

import id.rantai.api.problem.Problem;
import id.rantai.web.layout.PagePaths;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses (403) every state-changing request that a browser session could carry without the page's CSRF token: all
 * page form posts, and API calls that ride on the session cookie instead of a bearer token. Gives a browser its anonymous
 * CSRF cookie with the first page it opens.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final CompletableFuture<@Nullable HttpResponse<?>> PROCEED = CompletableFuture.completedFuture(null);

    private final CsrfTokens tokens;
    private final SessionCookie sessionCookie;
    private final FilterBodyParser bodies;

    CsrfFilter(CsrfTokens tokens, SessionCookie sessionCookie, FilterBodyParser bodies) {
        this.tokens = tokens;
        this.sessionCookie = sessionCookie;
        this.bodies = bodies;
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            if (PagePaths.isPage(request) && !CsrfTokens.hasBinding(request)) {
                request.setAttribute(CsrfTokens.NEW_ANONYMOUS, tokens.newAnonymousValue());
            }
            return PROCEED;
        }
        if (!needsToken(request)) {
            return PROCEED;
        }
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return CompletableFuture.completedFuture(tokens.valid(request, header) ? null : refused());
        }
        boolean form = request.getContentType().filter(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isPresent();
        if (!form) {
            return CompletableFuture.completedFuture(refused());
        }
        return bodies.parseBody(request).thenApply(fields -> tokens.valid(request, first(fields.get(CsrfTokens.FIELD))) ? null : refused());
    }

    @ResponseFilter
    void giveAnonymousCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.NEW_ANONYMOUS, String.class)
                .ifPresent(value -> response.cookie(sessionCookie.harden(request, Cookie.of(CsrfTokens.ANONYMOUS_COOKIE, value))));
    }

    /** Pages always; the API only when the session cookie, not a bearer token, would authenticate the call. */
    private static boolean needsToken(HttpRequest<?> request) {
        if (PagePaths.isPage(request)) {
            return true;
        }
        boolean bearer = request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class).filter(a -> a.startsWith("Bearer ")).isPresent();
        return SessionCookie.of(request).isPresent() && !bearer;
    }

    private static String first(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
    }

    private static HttpResponse<?> refused() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(Problem.MEDIA_TYPE)
                .body(new Problem("https://rantai.id/problems/csrf", "Forbidden", 403,
                        "The form is missing its security token or it has expired; reload the page and try again", List.of()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
