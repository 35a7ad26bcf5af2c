package id.rantai.api.problem;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The bean-validation checks of a request for callers that are not an HTTP body binding (the browser pages build the
 * same request records from forms): the same 400 problem with each invalid field named by its JSON path
 * ({@code lots[0].quantity}).
 */
@Singleton
public class RequestChecks {

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return request;
    }

    static ProblemException invalid(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
    }

    /** The JSON path of a violation, without the Java method and parameter names Micronaut would put in front. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
