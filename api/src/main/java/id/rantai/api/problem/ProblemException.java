package id.rantai.api.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** Thrown by a use case to answer with a specific problem (status, a short slug for its type, a detail). */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final transient List<Problem.FieldError> errors;

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

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, status.getReason(), status.getCode(), getMessage(), errors);
    }

    public io.micronaut.http.HttpResponse<Problem> toResponse() {
        return io.micronaut.http.HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(toProblem());
    }

    public HttpStatus status() {
        return status;
    }
}
