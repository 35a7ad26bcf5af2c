package id.rantai.web.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A posted HTML form: each field's value(s) as text, trimmed; absent and blank fields read as null. */
public final class Form {

    private final Map<String, Object> fields;

    public Form(Map<String, Object> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    public String text(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(0);
    }

    public List<String> all(String name) {
        Object value = fields.get(name);
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> add(values, v));
        } else {
            add(values, value);
        }
        return values;
    }

    public boolean checked(String name) {
        String value = text(name);
        return value != null && !"false".equals(value);
    }

    /** The raw values, to show a form again as the person filled it in. */
    public Map<String, Object> raw() {
        return fields;
    }

    private static void add(List<String> values, Object value) {
        if (value != null) {
            String text = value.toString().trim();
            if (!text.isEmpty()) {
                values.add(text);
            }
        }
    }
}
