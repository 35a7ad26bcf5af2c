package id.rantai.web.layout;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;

/** Which requests are a person's pages (HTML) rather than the API, the operations endpoints or static assets. */
public final class PagePaths {

    private static final List<String> NOT_PAGES = List.of("/api/", "/api-docs", "/openapi", "/health", "/prometheus",
            "/metrics", "/assets/", "/webjars/");

    private PagePaths() {
    }

    public static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        for (String prefix : NOT_PAGES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** A request made by htmx (it expects a fragment, or an {@code HX-Redirect} header to navigate). */
    public static boolean fromHtmx(HttpRequest<?> request) {
        return request.getHeaders().contains("HX-Request");
    }

    public static boolean wantsHtml(HttpRequest<?> request) {
        return fromHtmx(request) || request.getHeaders().get(HttpHeaders.ACCEPT, String.class).orElse("").contains("text/html");
    }

    /** A path on this site that is safe to send a person back to after logging in ("/..." but not "//host"). */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 2000
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
