package id.rantai.search.query;

import java.util.List;

/**
 * A search request that cannot be run as asked (a 10 kB query text, a negative radius, an unknown facet):
 * the caller's mistake, to be answered with 400 and the {@link #errors()} listed, never with 500.
 */
public final class SearchQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public SearchQueryException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused query names at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public SearchQueryException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid search request");
        for (FieldError error : errors) {
            text.append("; ").append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
