package id.rantai.search.index;

import java.util.Objects;

/** One change for the index, as an outbox row carries it: a document written, or a document deleted. */
public sealed interface DocumentChange<D extends SearchDocument> {

    String id();

    /** The PostgreSQL row version; Elasticsearch keeps a change only when it is newer than what it holds. */
    long version();

    static <D extends SearchDocument> DocumentChange<D> upsert(D document) {
        return new Upsert<>(document);
    }

    /** {@code version} must be greater than the deleted row's last version, e.g. that version + 1. */
    static <D extends SearchDocument> DocumentChange<D> delete(String id, long version) {
        return new Delete<>(id, version);
    }

    record Upsert<D extends SearchDocument>(D document) implements DocumentChange<D> {
        public Upsert {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String id() {
            return document.id();
        }

        @Override
        public long version() {
            return document.version();
        }
    }

    record Delete<D extends SearchDocument>(String id, long version) implements DocumentChange<D> {
        public Delete {
            Objects.requireNonNull(id, "id");
        }
    }
}
