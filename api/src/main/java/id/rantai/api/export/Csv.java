package id.rantai.api.export;

import java.util.List;

/**
 * One CSV record by RFC 4180: fields separated by commas, a field with a comma, quote, CR or LF enclosed in
 * double quotes with quotes doubled, records ending in CRLF.
 *
 * <p>Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe: the ministry opens these files in spreadsheets, and a demand title is typed by a buyer.
 * Numbers are written by the caller as numbers and never touched.
 */
final class Csv {

    private Csv() {
    }

    static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A text field: formula guard, then RFC 4180 quoting. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
