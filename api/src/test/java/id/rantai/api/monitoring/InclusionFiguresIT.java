package id.rantai.api.monitoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The inclusion dashboard's figures against hand-computed expectations on {@link InclusionDataset}.
 *
 * <p>March 2025 in WIB holds a1–a4 (a5 is 1 April in WIB). Splitting each award equally among the MSMEs its
 * bid names, the remainder rupiah going to the first by id:
 * a1 10,003 / 3 = 3,334 r 1 → A 3,335, B 3,334, C 3,334; a2 3,003 / 2 = 1,501 r 1 → B 1,502, C 1,501;
 * a3 25,000 → D; a4 5,000 stays with Koperasi Uji Dua (no MSME named).
 * So A 3,335, B 4,836, C 4,835, D 25,000, cooperative 5,000; awarded 43,006, MSMEs 38,006.
 */
@MicronautTest(transactional = false)
class InclusionFiguresIT extends ApiTestSupport {

    private InclusionDataset data;
    private String analyst;

    @BeforeAll
    void history() {
        data = InclusionDataset.insert();
        analyst = login("analyst.kemenkop");
    }

    @Test
    void marchFiguresAreTheHandComputedOnesToTheRupiah() {
        Map<String, Object> march = inclusion("from=2025-03-01&to=2025-03-31").json();
        assertFigures(march,
                // awarded, awards, MSME value, share 38,006 / 43,006 = 88.37%, distinct MSMEs
                43_006, 4, 38_006, "88.37", 4,
                // women-led A + C = 3,335 + 4,835 = 8,170 → 19.00%; 2 of 4 MSMEs
                8_170, "19.00", 2, "50.00",
                // youth-led B + C + D = 4,836 + 4,835 + 25,000 = 34,671 → 80.62%; 3 of 4
                34_671, "80.62", 3, "75.00",
                // green B + D = 4,836 + 25,000 = 29,836 → 69.38%; 2 of 4
                29_836, "69.38", 2, "50.00");
        assertEquals(List.of(), march.get("groups"), "no breakdown unless asked");
        assertEquals("Asia/Jakarta", march.get("timeZone"));
        assertEquals(40, ((Number) target(march, "msmeSharePct")).intValue(), "Perpres 12/2021: 40%");
    }

    @Test
    void theDayOfAnAwardIsTheDayInWibAndBothEndsAreIncluded() {
        // a3 at 23:30 WIB on 31 March is March; a5 at 00:30 WIB on 1 April is April although it is 31 March in UTC
        assertEquals(25_000L, value(inclusion("from=2025-03-31&to=2025-03-31").json(), "awardedValueIdr"));
        assertEquals(999L, value(inclusion("from=2025-04-01&to=2025-04-01").json(), "awardedValueIdr"));
        assertEquals(43_006L + 999, value(inclusion("from=2025-03-01").json(), "awardedValueIdr"), "open end");
        assertEquals(43_006L, value(inclusion("to=2025-03-31").json(), "awardedValueIdr"), "open start");
        assertEquals(0L, value(inclusion("from=2025-02-01&to=2025-02-28").json(), "awardedValueIdr"));
        assertEquals("0.00", pct(inclusion("from=2025-02-01&to=2025-02-28").json(), "msmeSharePct"), "nothing awarded, 0%");
    }

    @Test
    void byProvinceTheValueGoesWhereTheMsmeIsAndTheGroupsAddUpToTheTotal() {
        Map<String, Object> report = inclusion("from=2025-03-01&to=2025-03-31&groupBy=province").json();
        List<Map<String, Object>> groups = groups(report);
        assertEquals(List.of("ID-JT", "ID-SA"), groups.stream().map(g -> g.get("key")).toList(), "largest value first");
        Map<String, Object> jawaTengah = groups.get(0);
        assertEquals("Jawa Tengah", jawaTengah.get("name"));
        // C 4,835 + D 25,000 + the cooperative's 5,000 (Koperasi Uji Dua is in ID-JT)
        assertFigures(jawaTengah, 34_835, 4, 29_835, "85.65", 2,
                4_835, "13.88", 1, "50.00",
                29_835, "85.65", 2, "100.00",
                25_000, "71.77", 1, "50.00");
        Map<String, Object> sulawesiUtara = groups.get(1);
        assertEquals("Sulawesi Utara", sulawesiUtara.get("name"));
        // A 3,335 + B 4,836; a1 and a2 both reach it
        assertFigures(sulawesiUtara, 8_171, 2, 8_171, "100.00", 2,
                3_335, "40.82", 1, "50.00",
                4_836, "59.18", 1, "50.00",
                4_836, "59.18", 1, "50.00");
        assertEquals(value(report, "awardedValueIdr"), value(jawaTengah, "awardedValueIdr") + value(sulawesiUtara, "awardedValueIdr"));
        assertEquals(43_006L, value(report, "awardedValueIdr"), "totals do not change with a breakdown");
    }

    @Test
    void bySectorTheValueGoesToTheKbliOfTheDemand() {
        List<Map<String, Object>> groups = groups(inclusion("from=2025-03-01&to=2025-03-31&groupBy=kbli").json());
        assertEquals(List.of("31001", "22199"), groups.stream().map(g -> g.get("key")).toList());
        // a3 + a4 = 30,000, of which D's 25,000 reached an MSME
        assertFigures(groups.get(0), 30_000, 2, 25_000, "83.33", 1,
                0, "0.00", 0, "0.00",
                25_000, "83.33", 1, "100.00",
                25_000, "83.33", 1, "100.00");
        // a1 + a2 = 13,006, all to A, B and C
        assertFigures(groups.get(1), 13_006, 2, 13_006, "100.00", 3,
                8_170, "62.82", 2, "66.67",
                9_671, "74.36", 2, "66.67",
                4_836, "37.18", 1, "33.33");
    }

    @Test
    void byBuyerTheBumnIsNamed() {
        List<Map<String, Object>> groups = groups(inclusion("from=2025-03-01&to=2025-03-31&groupBy=buyer").json());
        assertEquals(1, groups.size());
        assertEquals(data.buyer.toString(), groups.get(0).get("key"));
        assertTrue(((String) groups.get(0).get("name")).startsWith("PT Uji Inklusi"));
        assertEquals(43_006L, value(groups.get(0), "awardedValueIdr"));
    }

    @Test
    void aProvinceFilterKeepsTheValueArrivingThereAsItsGroupShowsIt() {
        // ID-SA: A 3,335 + B 4,836 from a1 and a2, won by one cooperative
        Map<String, Object> sulawesiUtara = inclusion("from=2025-03-01&to=2025-03-31&province=id-sa").json();
        assertFigures(sulawesiUtara, 8_171, 2, 8_171, "100.00", 2,
                3_335, "40.82", 1, "50.00",
                4_836, "59.18", 1, "50.00",
                4_836, "59.18", 1, "50.00");
        assertEquals(1L, value(sulawesiUtara, "distinctCooperatives"));
        assertEquals("ID-SA", sulawesiUtara.get("province"));
        // C's parts of a1 and a2 (3,334 + 1,501) are the only furniture-sector value in Jawa Tengah
        assertEquals(4_835L, value(inclusion("from=2025-03-01&to=2025-03-31&province=ID-JT&kbli=22199").json(), "awardedValueIdr"));
        List<Map<String, Object>> byProvince = groups(inclusion("from=2025-03-01&to=2025-03-31&province=ID-JT&groupBy=province").json());
        assertEquals(List.of("ID-JT"), byProvince.stream().map(g -> g.get("key")).toList(), "a breakdown within the filter");
    }

    @Test
    void aSectorFilterTakesACodeOrItsFirstDigits() {
        assertEquals(30_000L, value(inclusion("from=2025-03-01&to=2025-03-31&kbli=31").json(), "awardedValueIdr"));
        assertEquals(30_000L, value(inclusion("from=2025-03-01&to=2025-03-31&kbli=31001").json(), "awardedValueIdr"));
        assertEquals(13_006L, value(inclusion("from=2025-03-01&to=2025-03-31&kbli=2").json(), "awardedValueIdr"));
        assertEquals(0L, value(inclusion("from=2025-03-01&to=2025-03-31&kbli=311").json(), "awardedValueIdr"));
        assertEquals(2L, value(inclusion("from=2025-03-01&to=2025-03-31").json(), "distinctCooperatives"));
    }

    @Test
    void byMonthTheGroupsAreCalendarMonthsInWibOldestFirst() {
        List<Map<String, Object>> months = groups(inclusion("from=2025-03-01&groupBy=month").json());
        assertEquals(List.of("2025-03", "2025-04"), months.stream().map(g -> g.get("key")).toList(),
                "a5 at 00:30 WIB on 1 April is April although it is March in UTC");
        assertEquals(43_006L, value(months.get(0), "awardedValueIdr"));
        assertEquals("88.37", pct(months.get(0), "msmeSharePct"));
        assertEquals(999L, value(months.get(1), "awardedValueIdr"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void configuredTargetsAreReportedAndTheOthersLeftOut() {
        Map<String, Object> targets = (Map<String, Object>) inclusion("from=2025-03-01").json().get("targets");
        assertEquals(Map.of("msmeSharePct", 40), targets.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).intValue())));
    }

    @Test
    void badParametersAreClientProblems() {
        for (String query : List.of("groupBy=island", "groupBy=", "from=2025-04-01&to=2025-03-01", "from=yesterday",
                "to=2025-02-30", "buyer=not-a-uuid", "from=1970-01-01", "to=+99999-01-01", "province=Jawa", "province=ID-J",
                "kbli=31a", "kbli=123456")) {
            Answer answer = get("/api/monitoring/inclusion?" + query, analyst);
            boolean blankGroupBy = query.equals("groupBy=");
            assertEquals(blankGroupBy ? 200 : 400, answer.status(), query + " → " + answer.body());
            if (!blankGroupBy) {
                assertTrue(answer.contentType().startsWith("application/problem+json"), query + " → " + answer.contentType());
            }
        }
        Answer unknown = get("/api/monitoring/inclusion?groupBy=island", analyst);
        assertTrue(unknown.body().contains("province, kbli, buyer"), unknown.body());
    }

    @Test
    void onlyTheMinistryAndAdministratorsSeeTheDashboard() {
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of("/api/monitoring/inclusion", "/api/monitoring/facilities")) {
            checks.add(() -> assertEquals(401, get(path, null).status(), path + " without login"));
            for (String user : List.of("officer.pertamina", "coop.sabut")) {
                checks.add(() -> assertEquals(403, get(path, login(user)).status(), path + " as " + user));
            }
            for (String user : List.of("analyst.kemenkop", "admin")) {
                checks.add(() -> assertEquals(200, get(path, login(user)).status(), path + " as " + user));
            }
        }
        assertAll(checks);
    }

    private Answer inclusion(String query) {
        Answer answer = get("/api/monitoring/inclusion?buyer=" + data.buyer + "&" + query, analyst);
        assertEquals(200, answer.status(), query + " → " + answer.body());
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("groups");
    }

    @SuppressWarnings("unchecked")
    private static Object target(Map<String, Object> report, String name) {
        return ((Map<String, Object>) report.get("targets")).get(name);
    }

    private static long value(Map<String, Object> figures, String field) {
        return ((Number) figures.get(field)).longValue();
    }

    private static String pct(Map<String, Object> figures, String field) {
        return new BigDecimal(figures.get(field).toString()).setScale(2).toPlainString();
    }

    private static void assertFigures(Map<String, Object> f, long awarded, long awards, long msme, String msmeShare, long msmes,
                                      long women, String womenShare, long womenCount, String womenCountShare,
                                      long youth, String youthShare, long youthCount, String youthCountShare,
                                      long green, String greenShare, long greenCount, String greenCountShare) {
        assertAll(
                () -> assertEquals(awarded, value(f, "awardedValueIdr"), "awardedValueIdr"),
                () -> assertEquals(awards, value(f, "awards"), "awards"),
                () -> assertEquals(msme, value(f, "msmeValueIdr"), "msmeValueIdr"),
                () -> assertEquals(msmeShare, pct(f, "msmeSharePct"), "msmeSharePct"),
                () -> assertEquals(msmes, value(f, "distinctMsmes"), "distinctMsmes"),
                () -> assertEquals(women, value(f, "womenLedValueIdr"), "womenLedValueIdr"),
                () -> assertEquals(womenShare, pct(f, "womenLedSharePct"), "womenLedSharePct"),
                () -> assertEquals(womenCount, value(f, "womenLedMsmes"), "womenLedMsmes"),
                () -> assertEquals(womenCountShare, pct(f, "womenLedCountSharePct"), "womenLedCountSharePct"),
                () -> assertEquals(youth, value(f, "youthLedValueIdr"), "youthLedValueIdr"),
                () -> assertEquals(youthShare, pct(f, "youthLedSharePct"), "youthLedSharePct"),
                () -> assertEquals(youthCount, value(f, "youthLedMsmes"), "youthLedMsmes"),
                () -> assertEquals(youthCountShare, pct(f, "youthLedCountSharePct"), "youthLedCountSharePct"),
                () -> assertEquals(green, value(f, "greenValueIdr"), "greenValueIdr"),
                () -> assertEquals(greenShare, pct(f, "greenSharePct"), "greenSharePct"),
                () -> assertEquals(greenCount, value(f, "greenMsmes"), "greenMsmes"),
                () -> assertEquals(greenCountShare, pct(f, "greenCountSharePct"), "greenCountSharePct"));
    }
}
