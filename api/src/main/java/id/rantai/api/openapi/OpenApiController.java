package id.rantai.api.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document generated at compile time, at {@code /openapi.yml}, and an interactive page for it at
 * {@code /api-docs} (Swagger UI from its WebJar, served locally: no CDN needed).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {

    static final String SPEC = "classpath:META-INF/swagger/rantai-1.yml";
    private final String spec;

    OpenApiController(ResourceResolver resources) {
        this.spec = resources.getResourceAsStream(SPEC).map(OpenApiController::read)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing: " + SPEC));
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    String openApi() {
        return spec;
    }

    @Get("/api-docs")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        return HttpResponse.ok("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Rantai API</title>
                <link rel="stylesheet" href="/api-docs/ui/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/api-docs/ui/swagger-ui-bundle.js"></script>
                <script src="/api-docs/init.js"></script>
                </body></html>
                """);
    }

    /** The page's start-up as a file: the Content-Security-Policy allows no inline script. */
    @Get("/api-docs/init.js")
    @Produces("text/javascript")
    String init() {
        return "window.ui = SwaggerUIBundle({url: '/openapi.yml', dom_id: '#swagger-ui'});\n";
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
