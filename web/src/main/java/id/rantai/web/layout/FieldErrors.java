package id.rantai.web.layout;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's refusal of a form, for the page to show: each message beside the field it names (by the API's JSON path,
 * {@code lots[0].quantity}), and the problem's detail at the top.
 */
public record FieldErrors(String detail, Map<String, String> byField) {

    public static FieldErrors none() {
        return new FieldErrors(null, Map.of());
    }

    public static FieldErrors of(ProblemException refused) {
        Problem problem = refused.toProblem();
        return of(problem.detail(), problem.errors());
    }

    public static FieldErrors of(String detail, List<Problem.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (errors != null) {
            errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
        }
        return new FieldErrors(detail, byField);
    }

    public boolean any() {
        return detail != null || !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}
