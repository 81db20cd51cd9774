package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.util.Map;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class SettlementRegions2014Test {
    @Test
    void designatedRegion_qualifiesFromThe20March2014() {
        verifyThat("REGION2014.DESIGNATED_REGION").given(CaseBuilder.qualifying().region(Region.PAVLODAR))
                .asOf("2014-03-20").derives().withArguments(Map.of("region", "PAVLODAR")).decision(Outcome.GRANTED);
    }

    @Test
    void otherRegion_isRefusedInThePeriod() {
        verifyThat("REGION2014.OTHER_REGION").given(CaseBuilder.qualifying().region(Region.ALMATY_CITY))
                .asOf("2015-11-23").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void mangystau_isOutsideTheFirstListButInsideTheSecond() {
        verifyThat("REGION2014.OTHER_REGION").given(CaseBuilder.qualifying().region(Region.MANGYSTAU))
                .asOf("2014-07-14").derives();
        verifyThat("REGION2014.DESIGNATED_REGION").given(CaseBuilder.qualifying().region(Region.MANGYSTAU))
                .asOf("2014-07-15").derives();
    }

    @Test
    void regionCondition_endsWithLaw421V_inEarlyDecember2015() {
        new RuleVerifierAbsence().assertNoRegionRuleOn("2015-12-06");
        verifyThat("REGION2014.OTHER_REGION").given(CaseBuilder.qualifying().region(Region.ALMATY_CITY))
                .asOf("2015-12-05").derives();
    }

    @Test
    void regionNotStated_needsADeclaration() {
        verifyThat("REGION2014.REGION_NOT_STATED").given(CaseBuilder.qualifying().region(null))
                .asOf("2014-09-01").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void shymkent_isReadAsPartOfSouthKazakhstanIn2014() {
        verifyThat("REGION2014.DESIGNATED_REGION").given(CaseBuilder.qualifying().region(Region.SHYMKENT))
                .asOf("2014-09-15").derives().withArguments(Map.of("region", "TURKESTAN"));
    }

    /** The 2015 version has no regional rules at all. */
    private static final class RuleVerifierAbsence {
        void assertNoRegionRuleOn(String date) {
            Ruleset r = RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(java.time.LocalDate.parse(date))
                    .orElseThrow());
            org.junit.jupiter.api.Assertions.assertTrue(r.rules().keySet().stream()
                    .noneMatch(id -> id.startsWith("REGION2014.")), "regional rules in force on " + date);
        }
    }
}
