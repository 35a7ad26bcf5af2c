package id.rantai.api.plan;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.matching.plan.AwardRule;
import id.rantai.matching.plan.AwardRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an officer asks an award plan for: the rules and how long the solver may take (1..300 s). Field ranges are
 * checked by bean validation (400); rules that contradict each other answer 422 ({@link #toRules()}).
 */
@Serdeable
public record PlanRequest(@NotNull @Valid Rules rules, @NotNull @Min(1) @Max(300) Integer timeLimitSeconds) {

    /** A rule left out (null) is off. {@code hard} names rules that must hold, by their API names (e.g. MAX_SHARE_PER_BIDDER). */
    @Serdeable
    public record Rules(@Nullable @Min(0) @Max(100) Integer minMsmeSharePct,
                        @Nullable @Min(0) @Max(100) Integer minWomenYouthSharePct,
                        @Nullable @Min(0) @Max(100) Integer minGreenSharePct,
                        @Nullable @Min(1) @Max(100) Integer maxSharePerBidderPct,
                        @Nullable @Min(1) @Max(1000) Integer minSuppliersPerLot,
                        @Nullable @Min(1) @Max(1000) Integer maxSuppliersPerLot,
                        @Nullable Boolean allowUnawarded,
                        @Nullable Boolean tkdnPreference,
                        @Nullable @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z_]{3,40}") String> hard) {
    }

    /** The solver's rules; 422 when they cannot be taken as they are. */
    public AwardRules toRules() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<AwardRule> hard = EnumSet.noneOf(AwardRule.class);
        List<String> names = rules.hard() == null ? List.of() : rules.hard();
        for (int i = 0; i < names.size(); i++) {
            AwardRule rule = ruleNamed(names.get(i));
            if (rule == null) {
                errors.add(new Problem.FieldError("rules.hard[" + i + "]", "unknown rule " + names.get(i)));
            } else if (rule == AwardRule.TKDN_PREFERENCE) {
                errors.add(new Problem.FieldError("rules.hard[" + i + "]", "the TKDN preference ranks offers; it cannot be hard"));
            } else {
                hard.add(rule);
            }
        }
        if (rules.minSuppliersPerLot() != null && rules.maxSuppliersPerLot() != null
                && rules.minSuppliersPerLot() > rules.maxSuppliersPerLot()) {
            errors.add(new Problem.FieldError("rules.minSuppliersPerLot", "must not exceed maxSuppliersPerLot"));
        }
        AwardRules result = null;
        if (errors.isEmpty()) {
            result = new AwardRules(rules.minMsmeSharePct(), rules.minWomenYouthSharePct(), rules.minGreenSharePct(),
                    rules.maxSharePerBidderPct(), rules.minSuppliersPerLot(), rules.maxSuppliersPerLot(),
                    Boolean.TRUE.equals(rules.allowUnawarded()), !Boolean.FALSE.equals(rules.tkdnPreference()), hard);
            for (AwardRule rule : hard) {
                if (!result.isActive(rule)) {
                    errors.add(new Problem.FieldError("rules.hard", rule.name() + " is declared hard but not set"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The rules cannot be applied", errors);
        }
        return result;
    }

    /** Rebuilds the solver's rules from the stored request (already checked when it was made). */
    static AwardRules rulesOf(Rules stored) {
        return new PlanRequest(stored, 1).toRules();
    }

    private static AwardRule ruleNamed(String name) {
        for (AwardRule rule : AwardRule.values()) {
            if (rule.name().equals(name)) {
                return rule;
            }
        }
        return null;
    }
}
