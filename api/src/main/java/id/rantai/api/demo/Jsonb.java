package id.rantai.api.demo;

/** A jsonb column value, given as JSON text. */
record Jsonb(String json) {
}
