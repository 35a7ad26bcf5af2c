package id.rantai.web.layout;

import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Indonesia's 38 provinces (ISO 3166-2:ID) with their capitals, for filters, forms and labels; read once. */
@Singleton
public class Provinces {

    /** A province and its capital, whose location stands for "near" in searches. */
    public record Province(String code, String name, String capital, double lat, double lon) {
        public String near() {
            return lat + "," + lon;
        }
    }

    private final Sql sql;
    private volatile List<Province> all;

    Provinces(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public List<Province> all() {
        if (all == null) {
            all = sql.list("select iso_code, name, capital, lat, lon from province order by name",
                    rs -> new Province(rs.getString("iso_code").trim(), rs.getString("name"), rs.getString("capital"),
                            rs.getDouble("lat"), rs.getDouble("lon")));
        }
        return all;
    }

    public Map<String, String> names() {
        return all().stream().collect(Collectors.toMap(Province::code, Province::name));
    }

    public String name(String code) {
        if (code == null) {
            return "";
        }
        return all().stream().filter(p -> p.code().equals(code.trim())).map(Province::name).findFirst().orElse(code);
    }

    public Map<String, Province> byCode() {
        return all().stream().collect(Collectors.toMap(Province::code, Function.identity()));
    }
}
