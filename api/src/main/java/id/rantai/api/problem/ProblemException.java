package id.rantai.api.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.util.List;

/** Thrown by a use case to answer with a specific problem (status, a short slug for its type, a detail). */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final transient List<Problem.FieldError> errors;
    private Duration retryAfter;

    public ProblemException(HttpStatus status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    public ProblemException(HttpStatus status, String slug, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    /** A 429 or 503 that tells the client when to try again ({@code Retry-After}, whole seconds, at least 1). */
    public static ProblemException retryAfter(HttpStatus status, String slug, String detail, Duration wait) {
        ProblemException problem = new ProblemException(status, slug, detail);
        problem.retryAfter = wait;
        return problem;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, status.getReason(), status.getCode(), getMessage(), errors);
    }

    public io.micronaut.http.HttpResponse<Problem> toResponse() {
        var response = io.micronaut.http.HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(toProblem());
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
        }
        return response;
    }

    public HttpStatus status() {
        return status;
    }
}
