package id.rantai.web.officer;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.DemandRequest;
import id.rantai.api.tender.DemandView;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.Typed;
import id.rantai.web.layout.ViewerZone;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demand form of the officer's pages, as typed: text per field (so a form shown again keeps what the person wrote)
 * and the API's {@link DemandRequest} built from it. Fields are named like the API's JSON ({@code lots[0].quantity}), so
 * the API's field errors land beside the right input. The bid deadline is typed in the viewer's time zone.
 */
public record DemandForm(Map<String, String> fields, List<Map<String, String>> lots, Long version) {

    static final int MAX_LOTS = 50;
    static final List<String> LOT_FIELDS = List.of("title", "specification", "quantity", "unit", "requiredCertifications",
            "minLocalContentPct", "deliveryProvince", "deliveryAddress", "deliveryDeadline", "maxUnitPriceIdr",
            "facilityMinutesPerUnit");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** An empty form with one lot. */
    static DemandForm empty() {
        return new DemandForm(new LinkedHashMap<>(), new ArrayList<>(List.of(new LinkedHashMap<>())), null);
    }

    /** The form for editing a draft. */
    static DemandForm of(DemandView demand, ViewerZone zone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", demand.title());
        fields.put("description", demand.description());
        fields.put("kbli", demand.kbli());
        fields.put("bidDeadline", LOCAL_MINUTES.format(demand.bidDeadline().atZoneSameInstant(zone.zone())));
        List<Map<String, String>> lots = new ArrayList<>();
        for (DemandView.LotView lot : demand.lots()) {
            Map<String, String> l = new LinkedHashMap<>();
            l.put("title", lot.title());
            l.put("specification", lot.specification());
            l.put("quantity", String.valueOf(lot.quantity()));
            l.put("unit", lot.unit());
            l.put("requiredCertifications", String.join(", ", lot.requiredCertifications()));
            l.put("minLocalContentPct", lot.minLocalContentPct() == null ? null : lot.minLocalContentPct().stripTrailingZeros().toPlainString());
            l.put("deliveryProvince", lot.deliveryProvince() == null ? null : lot.deliveryProvince().trim());
            l.put("deliveryAddress", lot.deliveryAddress());
            l.put("deliveryDeadline", lot.deliveryDeadline() == null ? null : lot.deliveryDeadline().toString());
            l.put("maxUnitPriceIdr", String.valueOf(lot.maxUnitPriceIdr()));
            l.put("facilityMinutesPerUnit", String.valueOf(lot.facilityMinutesPerUnit()));
            lots.add(l);
        }
        return new DemandForm(fields, lots, demand.version());
    }

    /** The form as posted; {@code lotCount} says how many lot blocks it carried. */
    static DemandForm of(Form form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("title", "description", "kbli", "bidDeadline")) {
            fields.put(name, form.text(name));
        }
        int count = parseInt(form.text("lotCount"), 1);
        count = Math.max(1, Math.min(MAX_LOTS, count));
        List<Map<String, String>> lots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> lot = new LinkedHashMap<>();
            for (String name : LOT_FIELDS) {
                lot.put(name, form.text("lots[" + i + "]." + name));
            }
            lots.add(lot);
        }
        Long version = form.text("version") == null ? null : (long) parseInt(form.text("version"), 0);
        return new DemandForm(fields, lots, version);
    }

    DemandForm withLotAdded() {
        if (lots.size() >= MAX_LOTS) {
            return this;
        }
        List<Map<String, String>> more = new ArrayList<>(lots);
        more.add(new LinkedHashMap<>());
        return new DemandForm(fields, more, version);
    }

    DemandForm withoutLot(int index) {
        if (lots.size() <= 1 || index < 0 || index >= lots.size()) {
            return this;
        }
        List<Map<String, String>> fewer = new ArrayList<>(lots);
        fewer.remove(index);
        return new DemandForm(fields, fewer, version);
    }

    /**
     * The API request this form stands for; typing mistakes that bean validation cannot see (a word where a number
     * belongs, a date that is no date) are refused here like the API refuses malformed JSON, naming the field.
     */
    DemandRequest toRequest(ViewerZone zone) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OffsetDateTime deadline = dateTime(fields.get("bidDeadline"), zone, "bidDeadline", errors);
        List<DemandRequest.LotRequest> lotRequests = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            Map<String, String> lot = lots.get(i);
            String at = "lots[" + i + "].";
            lotRequests.add(new DemandRequest.LotRequest(lot.get("title"), lot.get("specification"),
                    Typed.whole(lot.get("quantity"), at + "quantity", errors), lot.get("unit"), certifications(lot.get("requiredCertifications")),
                    null, Typed.decimal(lot.get("minLocalContentPct"), at + "minLocalContentPct", errors), lot.get("deliveryProvince"), null,
                    lot.get("deliveryAddress"), Typed.date(lot.get("deliveryDeadline"), at + "deliveryDeadline", errors),
                    Typed.whole(lot.get("maxUnitPriceIdr"), at + "maxUnitPriceIdr", errors),
                    wholeInt(lot.get("facilityMinutesPerUnit"), at + "facilityMinutesPerUnit", errors)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
        return new DemandRequest(fields.get("title"), fields.get("description"), fields.get("kbli"), deadline, lotRequests, null, version);
    }

    private static List<String> certifications(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }

    private static Integer wholeInt(String text, String field, List<Problem.FieldError> errors) {
        Long value = Typed.whole(text, field, errors);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            errors.add(new Problem.FieldError(field, "must be at most 10080"));
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private static OffsetDateTime dateTime(String text, ViewerZone zone, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(zone.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date and time"));
            return null;
        }
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
