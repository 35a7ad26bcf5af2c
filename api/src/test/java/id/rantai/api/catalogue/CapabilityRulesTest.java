package id.rantai.api.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.api.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CapabilityRulesTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID FACILITY = UUID.randomUUID();

    @Test
    void anEntryThatKeepsEveryRuleHasNoErrors() {
        assertEquals(List.of(), fields(entry(100, 200, List.of(MEMBER), List.of(FACILITY), List.of("SNI")),
                facts(Set.of("SNI"))));
    }

    @Test
    void aPriceRangeMustNotRunBackwards() {
        assertEquals(List.of("unitPriceIdr.max"), fields(entry(300, 200, List.of(), List.of(), List.of()), facts(Set.of())));
        assertEquals(List.of(), fields(entry(200, 200, List.of(), List.of(), List.of()), facts(Set.of())), "a single price is a range");
    }

    @Test
    void aMemberOfAnotherCooperativeIsNamedByItsPosition() {
        assertEquals(List.of("memberIds[1]"),
                fields(entry(1, 2, List.of(MEMBER, UUID.randomUUID()), List.of(), List.of()), facts(Set.of())));
    }

    @Test
    void anUnknownFacilityIsNamedByItsPosition() {
        assertEquals(List.of("facilityIds[0]"), fields(entry(1, 2, List.of(), List.of(UUID.randomUUID()), List.of()), facts(Set.of())));
    }

    @Test
    void aCertificationMustBeKnownAndHeld() {
        CapabilityRules.Facts facts = new CapabilityRules.Facts(Set.of(MEMBER), Set.of(), Set.of("SNI", "HALAL"), Set.of("SNI"));
        List<Problem.FieldError> errors = CapabilityRules.check(entry(1, 2, List.of(MEMBER), List.of(), List.of("SNI", "HALAL", "XYZ")), facts);
        assertEquals(List.of("certifications[1]", "certifications[2]"), errors.stream().map(Problem.FieldError::field).toList());
        assertEquals("none of the named members holds a valid HALAL certificate", errors.get(0).message());
        assertEquals("unknown certification XYZ", errors.get(1).message());
    }

    @Test
    void withoutNamedMembersTheCooperativesMembersMustHoldIt() {
        CapabilityRules.Facts facts = new CapabilityRules.Facts(Set.of(), Set.of(), Set.of("HALAL"), Set.of());
        List<Problem.FieldError> errors = CapabilityRules.check(entry(1, 2, List.of(), List.of(), List.of("HALAL")), facts);
        assertEquals("no member of your cooperative holds a valid HALAL certificate", errors.get(0).message());
    }

    private static List<String> fields(CapabilityRequest request, CapabilityRules.Facts facts) {
        return CapabilityRules.check(request, facts).stream().map(Problem.FieldError::field).toList();
    }

    private static CapabilityRules.Facts facts(Set<String> held) {
        return new CapabilityRules.Facts(Set.of(MEMBER), Set.of(FACILITY), Set.of("SNI", "HALAL"), held);
    }

    private static CapabilityRequest entry(long min, long max, List<UUID> members, List<UUID> facilities, List<String> certifications) {
        return new CapabilityRequest("Cocopeat", null, "22199", List.of(), List.of(),
                new CapabilityRequest.Capacity(1_000L, "kg"), new CapabilityRequest.PriceRange(min, max), 7, null,
                certifications, BigDecimal.TEN, facilities, members, null);
    }
}
