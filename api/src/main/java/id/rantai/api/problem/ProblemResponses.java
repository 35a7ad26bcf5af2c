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
            Throwable cause = context.getRootCause().orElse(null);
            var unreadable = status == HttpStatus.BAD_REQUEST ? ReadableErrors.fieldError(cause) : java.util.Optional.<Problem.FieldError>empty();
            var syntax = status == HttpStatus.BAD_REQUEST ? ReadableErrors.syntaxDetail(cause) : java.util.Optional.<String>empty();
            if (unreadable.isPresent()) {
                errors = List.of(unreadable.get());
                detail = "The request has invalid fields";
            } else if (syntax.isPresent()) {
                detail = syntax.get();
            } else {
                errors = context.getErrors().stream()
                        .filter(e -> e.getPath().isPresent())
                        .map(e -> new Problem.FieldError(fieldName(e), ReadableErrors.readable(e.getMessage(), "is not valid here")))
                        .toList();
                detail = errors.isEmpty()
                        ? ReadableErrors.readable(context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null),
                                fallback(status))
                        : "The request has invalid fields";
            }
        }
        Problem problem = new Problem(Problem.TYPE_BASE + slug(status), status.getReason(), status.getCode(), detail, errors);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** Said instead of a framework message that would show Java types. */
    private static String fallback(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "The request could not be read: check the body is JSON of the documented shape and the parameters are valid";
            case 404 -> "Nothing here: check the path";
            case 405 -> "This method is not allowed here";
            case 415 -> "Send the body as application/json";
            default -> status.getReason();
        };
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
