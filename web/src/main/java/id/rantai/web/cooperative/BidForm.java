package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.bid.BidRequest;
import id.rantai.api.bid.BidView;
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
 * The bid form as typed (text per field, so a refused form comes back as the person filled it in) and the API's
 * {@link BidRequest} built from it. Field names are the API's, so its field errors land beside the right input.
 */
record BidForm(Map<String, String> fields, List<String> memberIds, Long version) {

    static final List<String> FIELDS = List.of("quantity", "unitPriceIdr", "leadTimeDays", "localContentPct", "facilityId");

    static BidForm empty(long lotQuantity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("quantity", String.valueOf(lotQuantity));
        return new BidForm(fields, List.of(), null);
    }

    static BidForm of(BidView bid) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("quantity", String.valueOf(bid.quantity()));
        fields.put("unitPriceIdr", String.valueOf(bid.unitPriceIdr()));
        fields.put("leadTimeDays", String.valueOf(bid.leadTimeDays()));
        fields.put("localContentPct", Typed.plain(bid.localContentPct()));
        fields.put("facilityId", bid.facilityId() == null ? null : bid.facilityId().toString());
        return new BidForm(fields, bid.memberIds().stream().map(UUID::toString).toList(), bid.version());
    }

    static BidForm of(Form form) {
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(name -> fields.put(name, form.text(name)));
        List<Problem.FieldError> ignored = new ArrayList<>();
        Long version = Typed.whole(form.text("version"), "version", ignored);
        return new BidForm(fields, form.all("memberIds"), version);
    }

    public boolean names(UUID member) {
        return memberIds.contains(member.toString());
    }

    BidRequest toRequest() {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < memberIds.size(); i++) {
            UUID id = Typed.id(memberIds.get(i), "memberIds[" + i + "]", errors);
            if (id != null) {
                members.add(id);
            }
        }
        BidRequest request = new BidRequest(Typed.whole(fields.get("quantity"), "quantity", errors),
                Typed.whole(fields.get("unitPriceIdr"), "unitPriceIdr", errors),
                Typed.wholeInt(fields.get("leadTimeDays"), "leadTimeDays", errors),
                Typed.decimal(fields.get("localContentPct"), "localContentPct", errors),
                Typed.id(fields.get("facilityId"), "facilityId", errors), members, version);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
        return request;
    }
}
