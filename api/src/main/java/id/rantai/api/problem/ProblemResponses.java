package id.rantai.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error Micronaut produces (bad JSON, failed validation, 401/403 from security, unknown
 * routes, unhandled exceptions) into a problem document. A server error never shows its cause: the
 * client gets a reference that is logged with the stack trace.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponses implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String detail;
        List<Problem.FieldError> errors = List.of();
        if (status.getCode() >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.error("Unexpected error {} on {} {}", reference, context.getRequest().getMethod(),
                    context.getRequest().getPath(), context.getRootCause().orElse(null));
            detail = "An unexpected error occurred. Reference: " + reference;
        } else {
            errors = context.getErrors().stream()
                    .filter(e -> e.getPath().isPresent())
                    .map(e -> new Problem.FieldError(fieldName(e), e.getMessage()))
                    .toList();
            detail = errors.isEmpty()
                    ? context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason())
                    : "The request has invalid fields";
        }
        Problem problem = new Problem(Problem.TYPE_BASE + slug(status), status.getReason(), status.getCode(), detail, errors);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** {@code login.request.username} (method, parameter, field) becomes {@code username}. */
    private static String fieldName(Error error) {
        String path = error.getPath().orElse("");
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String slug(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "validation";
            default -> status.getCode() >= 500 ? "server-error" : "http-" + status.getCode();
        };
    }
}
