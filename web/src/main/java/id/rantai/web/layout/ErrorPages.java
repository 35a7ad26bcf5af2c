package id.rantai.web.layout;

import id.rantai.api.problem.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import java.io.StringWriter;
import java.io.IOException;
import io.micronaut.core.io.Writable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Errors on pages are pages: a person who is not logged in (or whose session ended) goes to the login page and comes
 * back to where they were; any other error answer of a page request (the API's problem document) is shown as an error
 * page in the person's language with the same status. API answers stay problem+json.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ErrorPages implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** The statuses the messages explain in words; others are shown as 400 or 500. */
    private static final java.util.Set<Integer> EXPLAINED = java.util.Set.of(400, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503);

    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final LayoutModel layout;

    ErrorPages(ThymeleafViewsRenderer<Map<String, Object>> views, LayoutModel layout) {
        this.views = views;
        this.layout = layout;
    }

    @ResponseFilter
    MutableHttpResponse<?> pageFor(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof Writable page) {
            // render now, not while Netty writes: a template error becomes an error page instead of a hung response
            StringWriter html = new StringWriter();
            try {
                page.writeTo(html);
                return response.body(html.toString());
            } catch (IOException | RuntimeException e) {
                String reference = UUID.randomUUID().toString();
                LOG.error("Page {} {} failed to render, reference {}", request.getMethod(), request.getPath(), reference, e);
                return errorPage(request, HttpStatus.INTERNAL_SERVER_ERROR, null, reference, response, null);
            }
        }
        int status = response.code();
        if (status < 400 || !PagePaths.isPage(request) || !PagePaths.wantsHtml(request)
                || response.getContentType().filter(t -> t.getName().equals(MediaType.TEXT_HTML)).isPresent()
                || response.getBody().orElse(null) instanceof String) {
            return response;
        }
        if (status == HttpStatus.UNAUTHORIZED.getCode()) {
            return toLogin(request);
        }
        Problem problem = response.getBody(Problem.class).orElse(null);
        if (problem != null && problem.type() != null && problem.type().endsWith("/csrf")) {
            return errorPage(request, response.status(), null, null, response, "error.csrf");
        }
        return errorPage(request, response.status(), problem == null || status >= 500 ? null : problem.detail(),
                problem != null && status >= 500 ? reference(problem.detail()) : null, response, null);
    }

    /** The reference a server error's problem names (its last word), without the English sentence around it. */
    private static String reference(String detail) {
        if (detail == null) {
            return null;
        }
        String[] words = detail.trim().split("\\s+");
        return words[words.length - 1];
    }

    /** The error page in the viewer's language, keeping the original answer's headers (Retry-After, cookies, security). */
    private MutableHttpResponse<?> errorPage(HttpRequest<?> request, HttpStatus status, String detail, String reference,
                                             MutableHttpResponse<?> original, String explanationKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("explanation", explanationKey);
        model.put("status", EXPLAINED.contains(status.getCode()) ? status.getCode() : (status.getCode() >= 500 ? 500 : 400));
        model.put("detail", detail);
        model.put("reference", reference);
        ModelAndView<Map<String, Object>> page = new ModelAndView<>("error", model);
        layout.process(request, page);
        StringWriter html = new StringWriter();
        try {
            views.render("error", page.getModel().orElseThrow(), request).writeTo(html);
        } catch (IOException | RuntimeException e) {
            LOG.error("The error page itself failed to render", e);
            html = new StringWriter();
            html.write("<!DOCTYPE html><title>Rantai</title><p>" + status.getCode() + "</p>");
        }
        MutableHttpResponse<String> answer = HttpResponse.<String>status(status).body(html.toString())
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8");
        original.getHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("retry-after") || lower.equals("set-cookie") || lower.startsWith("x-") || lower.equals("content-security-policy")
                    || lower.equals("referrer-policy") || lower.equals("strict-transport-security") || lower.equals("permissions-policy")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer;
    }

    /** To the login page, remembering this page (for a form post: the page the form was on). */
    private static MutableHttpResponse<?> toLogin(HttpRequest<?> request) {
        String back = request.getMethod() == HttpMethod.GET ? pathOf(request) : refererPath(request);
        String target = "/login?next=" + URLEncoder.encode(PagePaths.safeNext(back), StandardCharsets.UTF_8);
        if (PagePaths.fromHtmx(request)) {
            return HttpResponse.ok().header("HX-Redirect", target);
        }
        return HttpResponse.seeOther(URI.create(target));
    }

    private static String pathOf(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? request.getPath() : request.getPath() + "?" + query;
    }

    private static String refererPath(HttpRequest<?> request) {
        return request.getHeaders().get("Referer", String.class).map(referer -> {
            try {
                URI uri = URI.create(referer);
                String host = request.getHeaders().get("Host", String.class).orElse("");
                if (uri.getRawAuthority() == null || !uri.getRawAuthority().equals(host)) {
                    return "/";
                }
                return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            } catch (IllegalArgumentException e) {
                return "/";
            }
        }).orElse("/");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
