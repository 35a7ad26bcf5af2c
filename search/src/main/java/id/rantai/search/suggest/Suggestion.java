package id.rantai.search.suggest;

/** A title to offer while the user types: a catalogue entry's or an open demand's, with its id. */
public record Suggestion(String text, Kind kind, String id) {

    public enum Kind {
        CAPABILITY, DEMAND
    }
}
