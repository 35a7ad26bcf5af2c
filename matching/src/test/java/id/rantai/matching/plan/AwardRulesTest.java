package id.rantai.matching.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.matching.price.LocalContentPreference;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class AwardRulesTest {

    @Test
    void theDefaultsFollowPerpres12Of2021() {
        AwardRules rules = AwardRules.defaults();
        assertEquals(EnumSet.of(AwardRule.MIN_MSME_SHARE, AwardRule.TKDN_PREFERENCE), rules.activeRules());
        assertEquals(LocalContentPreference.GOODS, rules.localContentPreference());
        assertFalse(rules.allowUnawarded());
    }

    @Test
    void withoutARuleSwitchesOnlyThatRuleOff() {
        AwardRules rules = new AwardRules(40, 30, null, 50, null, null, false, true, Set.of(AwardRule.MAX_SHARE_PER_BIDDER));
        AwardRules withoutShare = rules.without(AwardRule.MAX_SHARE_PER_BIDDER);
        assertEquals(EnumSet.of(AwardRule.MIN_MSME_SHARE, AwardRule.MIN_WOMEN_YOUTH_SHARE, AwardRule.TKDN_PREFERENCE), withoutShare.activeRules());
        assertTrue(withoutShare.hardRules().isEmpty());
        assertEquals(LocalContentPreference.NONE, rules.without(AwardRule.TKDN_PREFERENCE).localContentPreference());
    }

    @Test
    void aRuleDeclaredHardWeighsOnTheHardLevelAndAnOffRuleWeighsNothing() {
        AwardRules rules = new AwardRules(40, null, null, 50, null, null, false, true, Set.of(AwardRule.MAX_SHARE_PER_BIDDER));
        ConstraintWeights weights = ConstraintWeights.of(rules, AwardWeights.defaults());
        assertEquals(HardMediumSoftLongScore.ONE_HARD, weights.maxSharePerBidder());
        assertEquals(HardMediumSoftLongScore.ofSoft(1), weights.minMsmeShare());
        assertEquals(HardMediumSoftLongScore.ZERO, weights.minGreenShare());
        assertEquals(HardMediumSoftLongScore.ZERO, weights.unawardedValue());
    }

    @Test
    void impossibleRulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AwardRules(101, null, null, null, null, null, false, true, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new AwardRules(null, null, null, null, 3, 2, false, true, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> AwardRules.defaults().withHard(AwardRule.TKDN_PREFERENCE));
    }
}
