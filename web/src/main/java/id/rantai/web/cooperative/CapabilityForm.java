package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.catalogue.CapabilityRequest;
import id.rantai.api.catalogue.CapabilityView;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.web.layout.Form;
import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalogue entry form as typed and the API's {@link CapabilityRequest} from it; fields carry the API's names
 * ({@code monthlyCapacity.quantity}, {@code unitPriceIdr.min}) so its field errors land beside them. Processes, products
 * and certifications are typed as lists separated by commas.
 */
record CapabilityForm(Map<String, String> fields, List<String> memberIds, List<String> facilityIds, Long version) {

    static final List<String> FIELDS = List.of("title", "description", "kbli", "processes", "products", "monthlyCapacity.quantity",
            "monthlyCapacity.unit", "unitPriceIdr.min", "unitPriceIdr.max", "leadTimeDays", "minOrderQuantity", "certifications",
            "localContentPct");

    static CapabilityForm empty() {
        return new CapabilityForm(new LinkedHashMap<>(), List.of(), List.of(), null);
    }

    static CapabilityForm of(CapabilityView entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", entry.title());
        fields.put("description", entry.description());
        fields.put("kbli", entry.kbli());
        fields.put("processes", String.join(", ", entry.processes()));
        fields.put("products", String.join(", ", entry.products()));
        fields.put("monthlyCapacity.quantity", String.valueOf(entry.monthlyCapacity().quantity()));
        fields.put("monthlyCapacity.unit", entry.monthlyCapacity().unit());
        fields.put("unitPriceIdr.min", String.valueOf(entry.unitPriceIdr().min()));
        fields.put("unitPriceIdr.max", String.valueOf(entry.unitPriceIdr().max()));
        fields.put("leadTimeDays", String.valueOf(entry.leadTimeDays()));
        fields.put("minOrderQuantity", String.valueOf(entry.minOrderQuantity()));
        fields.put("certifications", String.join(", ", entry.certifications()));
        fields.put("localContentPct", Typed.plain(entry.localContentPct()));
        return new CapabilityForm(fields, entry.memberIds().stream().map(UUID::toString).toList(),
                entry.facilityIds().stream().map(UUID::toString).toList(), entry.version());
    }

    static CapabilityForm of(Form form) {
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(name -> fields.put(name, form.text(name)));
        return new CapabilityForm(fields, form.all("memberIds"), form.all("facilityIds"),
                Typed.whole(form.text("version"), "version", new ArrayList<>()));
    }

    public boolean names(UUID member) {
        return memberIds.contains(member.toString());
    }

    public boolean uses(UUID facility) {
        return facilityIds.contains(facility.toString());
    }

    CapabilityRequest toRequest() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long capacity = Typed.whole(fields.get("monthlyCapacity.quantity"), "monthlyCapacity.quantity", errors);
        Long min = Typed.whole(fields.get("unitPriceIdr.min"), "unitPriceIdr.min", errors);
        Long max = Typed.whole(fields.get("unitPriceIdr.max"), "unitPriceIdr.max", errors);
        List<UUID> members = ids(memberIds, "memberIds", errors);
        List<UUID> facilities = ids(facilityIds, "facilityIds", errors);
        CapabilityRequest request = new CapabilityRequest(fields.get("title"), fields.get("description"), fields.get("kbli"),
                Typed.list(fields.get("processes"), false), Typed.list(fields.get("products"), false),
                capacity == null && fields.get("monthlyCapacity.unit") == null ? null
                        : new CapabilityRequest.Capacity(capacity, fields.get("monthlyCapacity.unit")),
                min == null && max == null ? null : new CapabilityRequest.PriceRange(min, max),
                Typed.wholeInt(fields.get("leadTimeDays"), "leadTimeDays", errors),
                Typed.whole(fields.get("minOrderQuantity"), "minOrderQuantity", errors),
                Typed.list(fields.get("certifications"), true),
                Typed.decimal(fields.get("localContentPct"), "localContentPct", errors), facilities, members, version);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
        return request;
    }

    private static List<UUID> ids(List<String> typed, String field, List<Problem.FieldError> errors) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            UUID id = Typed.id(typed.get(i), field + "[" + i + "]", errors);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
