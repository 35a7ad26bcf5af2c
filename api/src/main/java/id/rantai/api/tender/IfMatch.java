package id.rantai.api.tender;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/** Reads the version a client says it has seen from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
public final class IfMatch {

    private IfMatch() {
    }

    public static Optional<Long> version(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "If-Match must carry the resource version",
                    List.of(new Problem.FieldError("If-Match", "not a version: " + header)));
        }
    }

    public static ProblemException required() {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "version-required",
                "Send the version you edited, as If-Match or in the body", List.of(new Problem.FieldError("version", "required")));
    }
}
