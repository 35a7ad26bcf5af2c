package id.rantai.api.demo;

import java.util.List;

/** A table and the columns a generator writes, in the order values are given. */
record Table(String name, List<String> columns) {

    Table(String name, String... columns) {
        this(name, List.of(columns));
    }

    String columnList() {
        return String.join(", ", columns);
    }
}
