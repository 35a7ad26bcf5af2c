package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.catalogue.Certificate;
import id.rantai.api.catalogue.Location;
import id.rantai.api.catalogue.MemberRequest;
import id.rantai.api.catalogue.MemberView;
import id.rantai.api.catalogue.SizeClass;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.Provinces;
import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member form as typed, and the API's {@link MemberRequest} from it. Fields carry the API's names
 * ({@code location.lat}, {@code certifications[0].validUntil}) so its field errors land beside them. A member whose
 * place is left empty is placed at its province's capital.
 */
record MemberForm(Map<String, String> fields, List<Map<String, String>> certificates, Long version) {

    static final int MAX_CERTIFICATES = 20;
    static final List<String> FIELDS = List.of("name", "nib", "ownerName", "province", "location.lat", "location.lon",
            "sizeClass", "kbli");
    static final List<String> FLAGS = List.of("womenLed", "youthLed", "green");

    static MemberForm empty() {
        return new MemberForm(new LinkedHashMap<>(), withBlankRows(List.of()), null);
    }

    static MemberForm of(MemberView member) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", member.name());
        fields.put("nib", member.nib());
        fields.put("ownerName", member.ownerName());
        fields.put("province", member.province() == null ? null : member.province().trim());
        fields.put("location.lat", member.location() == null ? null : String.valueOf(member.location().lat()));
        fields.put("location.lon", member.location() == null ? null : String.valueOf(member.location().lon()));
        fields.put("sizeClass", member.sizeClass().name());
        fields.put("kbli", member.kbli());
        fields.put("womenLed", String.valueOf(member.womenLed()));
        fields.put("youthLed", String.valueOf(member.youthLed()));
        fields.put("green", String.valueOf(member.green()));
        List<Map<String, String>> certificates = new ArrayList<>();
        for (Certificate c : member.certifications()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", c.code());
            row.put("validUntil", c.validUntil() == null ? null : c.validUntil().toString());
            certificates.add(row);
        }
        return new MemberForm(fields, withBlankRows(certificates), member.version());
    }

    static MemberForm of(Form form) {
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(name -> fields.put(name, form.text(name)));
        FLAGS.forEach(name -> fields.put(name, String.valueOf(form.checked(name))));
        List<Map<String, String>> certificates = new ArrayList<>();
        for (int i = 0; i < MAX_CERTIFICATES; i++) {
            String code = form.text("certifications[" + i + "].code");
            String until = form.text("certifications[" + i + "].validUntil");
            if (code != null || until != null) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("code", code);
                row.put("validUntil", until);
                certificates.add(row);
            }
        }
        return new MemberForm(fields, withBlankRows(certificates), Typed.whole(form.text("version"), "version", new ArrayList<>()));
    }

    public boolean flag(String name) {
        return "true".equals(fields.get(name));
    }

    MemberRequest toRequest(Provinces provinces) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Double lat = Typed.coordinate(fields.get("location.lat"), "location.lat", errors);
        Double lon = Typed.coordinate(fields.get("location.lon"), "location.lon", errors);
        if (lat == null && lon == null && fields.get("province") != null) {
            Provinces.Province province = provinces.byCode().get(fields.get("province"));
            if (province != null) {
                lat = province.lat();
                lon = province.lon();
            }
        }
        SizeClass size = null;
        if (fields.get("sizeClass") != null) {
            try {
                size = SizeClass.valueOf(fields.get("sizeClass"));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("sizeClass", "must be MICRO, SMALL or MEDIUM"));
            }
        }
        List<Certificate> held = new ArrayList<>();
        int index = 0;
        for (Map<String, String> row : certificates) {
            if (row.get("code") == null && row.get("validUntil") == null) {
                continue;
            }
            String code = row.get("code") == null ? null : row.get("code").toUpperCase(java.util.Locale.ROOT);
            held.add(new Certificate(code, Typed.date(row.get("validUntil"), "certifications[" + index + "].validUntil", errors)));
            index++;
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
        return new MemberRequest(fields.get("name"), fields.get("nib"), fields.get("ownerName"), fields.get("province"),
                lat == null && lon == null ? null : new Location(lat, lon), size, flag("womenLed"), flag("youthLed"), flag("green"),
                fields.get("kbli"), held);
    }

    /** The certificates typed so far, blank ones left out, and two blank rows to add more. */
    private static List<Map<String, String>> withBlankRows(List<Map<String, String>> typed) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : typed) {
            if (row.get("code") != null || row.get("validUntil") != null) {
                rows.add(row);
            }
        }
        for (int i = 0; i < 2 && rows.size() < MAX_CERTIFICATES; i++) {
            rows.add(new LinkedHashMap<>());
        }
        return rows;
    }
}
