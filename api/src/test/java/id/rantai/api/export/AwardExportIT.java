package id.rantai.api.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.monitoring.InclusionDataset;
import id.rantai.api.support.ApiTestSupport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The awards CSV as a ministry analyst downloads it: what the file says, and that it adds up to the dashboard. */
@MicronautTest(transactional = false)
class AwardExportIT extends ApiTestSupport {

    private InclusionDataset data;
    private String analyst;

    @BeforeAll
    void history() {
        data = InclusionDataset.insert();
        analyst = login("analyst.kemenkop");
    }

    @Test
    void aDownloadWithAHeaderRowAndOneRowPerAward() throws Exception {
        HttpResponse<byte[]> response = download("/api/exports/awards.csv?buyer=" + data.buyer + "&from=2025-03-01&to=2025-03-31");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        assertEquals("attachment; filename=\"rantai-awards-from-2025-03-01-to-2025-03-31.csv\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse("(a Content-Length: buffered)"),
                "streamed while it is read from the database");

        List<Map<String, String>> rows = parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(4, rows.size(), "a1-a4 in March; a5 is April in WIB");
        Map<String, String> a1 = row(rows, data.awards.get(0).toString());
        assertAll(
                () -> assertEquals("2025-03-10T09:00:00+07:00", a1.get("awardedAt"), "times in WIB with their offset"),
                () -> assertEquals("7", a1.get("quantity")),
                () -> assertEquals("1429", a1.get("unitPriceIdr")),
                () -> assertEquals("10003", a1.get("valueIdr")),
                () -> assertEquals("1214", a1.get("evaluatedPriceIdr")),
                () -> assertEquals("3", a1.get("memberMsmes")),
                () -> assertEquals("10003", a1.get("msmeValueIdr")),
                () -> assertEquals("100.00", a1.get("msmeSharePct")),
                // A 3,335 + C 3,334 are women-led; B 3,334 + C 3,334 youth-led; B 3,334 green
                () -> assertEquals("6669", a1.get("womenLedValueIdr")),
                () -> assertEquals("6668", a1.get("youthLedValueIdr")),
                () -> assertEquals("3334", a1.get("greenValueIdr")),
                () -> assertEquals("22199", a1.get("kbli")),
                () -> assertEquals("1", a1.get("lotNo")));
        Map<String, String> a4 = row(rows, data.awards.get(3).toString());
        assertEquals("0", a4.get("memberMsmes"), "a bid naming no member MSME");
        assertEquals("0", a4.get("msmeValueIdr"));
        assertEquals("0.00", a4.get("msmeSharePct"));
    }

    @Test
    void theFileAddsUpToTheDashboardForTheSameFilter() throws Exception {
        for (String filter : List.of("buyer=" + data.buyer + "&from=2025-03-01&to=2025-03-31", "buyer=" + data.buyer, "")) {
            List<Map<String, String>> rows = parse(new String(download("/api/exports/awards.csv?" + filter).body(), StandardCharsets.UTF_8));
            Map<String, Object> dashboard = get("/api/monitoring/inclusion?" + filter, analyst).json();
            assertEquals(((Number) dashboard.get("awardedValueIdr")).longValue(), sum(rows, "valueIdr"), "valueIdr for " + filter);
            assertEquals(((Number) dashboard.get("msmeValueIdr")).longValue(), sum(rows, "msmeValueIdr"), "msmeValueIdr for " + filter);
            assertEquals(((Number) dashboard.get("womenLedValueIdr")).longValue(), sum(rows, "womenLedValueIdr"), filter);
            assertEquals(((Number) dashboard.get("awards")).longValue(), rows.size(), "one row per award for " + filter);
            assertEquals(sum(rows, "valueIdr"), sum(rows, "attributedValueIdr"), "without a province the whole award is counted");
        }
        // with a province, the part of each award that arrives there: a1 and a2 reach ID-SA with A's and B's shares only
        for (String filter : List.of("province=ID-SA", "province=ID-JT&kbli=22", "kbli=31", "province=ID-JT")) {
            String query = "buyer=" + data.buyer + "&from=2025-03-01&to=2025-03-31&" + filter;
            List<Map<String, String>> rows = parse(new String(download("/api/exports/awards.csv?" + query).body(), StandardCharsets.UTF_8));
            Map<String, Object> dashboard = get("/api/monitoring/inclusion?" + query, analyst).json();
            assertEquals(((Number) dashboard.get("awardedValueIdr")).longValue(), sum(rows, "attributedValueIdr"), filter);
            assertEquals(((Number) dashboard.get("msmeValueIdr")).longValue(), sum(rows, "msmeValueIdr"), filter);
            assertEquals(((Number) dashboard.get("greenValueIdr")).longValue(), sum(rows, "greenValueIdr"), filter);
            assertEquals(((Number) dashboard.get("awards")).longValue(), rows.size(), filter);
        }
        List<Map<String, String>> sulawesi = parse(new String(download("/api/exports/awards.csv?buyer=" + data.buyer
                + "&from=2025-03-01&to=2025-03-31&province=ID-SA").body(), StandardCharsets.UTF_8));
        assertEquals(8_171L, sum(sulawesi, "attributedValueIdr"));
        assertEquals(13_006L, sum(sulawesi, "valueIdr"), "the awards' whole values stay as they are");
        assertEquals(43_006L, sum(parse(new String(download("/api/exports/awards.csv?buyer=" + data.buyer
                + "&from=2025-03-01&to=2025-03-31").body(), StandardCharsets.UTF_8)), "valueIdr"));
    }

    @Test
    void textIsQuotedByRfc4180AndNeverRunsAsAFormula() throws Exception {
        String csv = new String(download("/api/exports/awards.csv?buyer=" + data.buyer).body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(String.join(",", AwardRows.HEADER) + "\r\n"), "header row first, CRLF line ends");
        Map<String, String> a3 = row(parse(csv), data.awards.get(2).toString());
        assertEquals("'" + InclusionDataset.TRICKY_TITLE, a3.get("demandTitle"),
                "commas, quotes, line breaks and non-ASCII survive; a leading = is defused");
        assertTrue(csv.contains("\"'=SUM(1,2) kursi \"\"jati\"\", baris\ndua – ukir Jepara ü\""), "quotes doubled inside quotes");
        assertFalse(csv.contains("Pemilik Rahasia"), "owners' names are personal data and never exported");
    }

    @Test
    void onlyTheMinistryAndAdministratorsExport() {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(401, get("/api/exports/awards.csv", null).status()));
        for (String user : List.of("officer.pertamina", "coop.mebel")) {
            checks.add(() -> assertEquals(403, get("/api/exports/awards.csv", login(user)).status(), user));
        }
        checks.add(() -> assertEquals(200, get("/api/exports/awards.csv?buyer=" + data.buyer, login("admin")).status()));
        for (String query : List.of("from=2025-04-01&to=2025-03-01", "from=march", "buyer=42", "province=Bali", "kbli=x")) {
            checks.add(() -> {
                Answer answer = get("/api/exports/awards.csv?" + query, analyst);
                assertEquals(400, answer.status(), query + " → " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            });
        }
        assertAll(checks);
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + analyst).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path + " → " + new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String awardId) {
        return rows.stream().filter(r -> awardId.equals(r.get("awardId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for award " + awardId));
    }

    private static long sum(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add).longValueExact();
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends; the first record names the columns. */
    private static List<Map<String, String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        assertTrue(field.length() == 0 && record.isEmpty() && !quoted, "the file ends with a complete record");
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(header.size(), r.size(), "every row has every column: " + r);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
