package id.rantai.search.query;

import java.util.ArrayList;
import java.util.List;

/** Collects everything wrong with a request so the client hears all of it at once, not one error per try. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new SearchQueryException(errors);
        }
    }
}
