package id.rantai.api.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An organisation named in an answer: the cooperative owning an entry, the operator of a facility. */
@Serdeable
public record Party(UUID id, String name) {
}
