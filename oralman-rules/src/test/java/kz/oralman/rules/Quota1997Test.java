package kz.oralman.rules;

import java.util.Map;
import kz.oralman.model.Question;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/** quota_1997.drl: the immigration quota under the Law of 13.12.1997 (C24). */
class Quota1997Test {
    private static Law1997Harness verifyThat(String ruleId) {
        return Law1997Harness.verifyThat("quota_1997.drl", false, ruleId);
    }

    private static CaseBuilder quotaCase(String filed) {
        return CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed(filed).region(Region.AKMOLA);
    }

    /**
     * C24: «Президент Республики Казахстан по представлению Правительства Республики Казахстан
     * устанавливает квоту иммиграции оралманов» (T-1997 Art. 9 p.1); «устанавливаемое Президентом
     * Республики Казахстан число семей оралманов» (Art. 1 sp13). From the law's first day to the last day
     * before the 2011 law, the quota is the President's, counted in families.
     */
    @Test
    void c24_quotaSetByThePresident_inFamilies_underThe1997Law() {
        verifyThat("QUOTA1997.SET_BY_PRESIDENT").cites("LAW-1997-MIGRATION", "9", "1", "", "PRIMARY")
                .given(quotaCase("1997-12-13")).withArguments("1997-12-13", Map.of("unit", "FAMILIES"))
                .given(quotaCase("2011-08-16")).withArguments("2011-08-16", Map.of("unit", "FAMILIES"));
    }

    /**
     * C24: «Включение в квоту иммиграции оралманов осуществляется с учетом критериев и в порядке,
     * установленном Правительством Республики Казахстан» (T-1997 Art. 14 p.2): the criteria were not read,
     * so inclusion is not decided, and the verdict says so (UNVERIFIED).
     */
    @Test
    void c24_inclusionCriteriaSetByTheGovernment_notEncoded() {
        verifyThat("QUOTA1997.CRITERIA_NOT_ENCODED").cites("LAW-1997-MIGRATION", "14", "2", "", "UNVERIFIED")
                .given(quotaCase("2004-05-01")).concludes("2004-05-01", Outcome.NOT_APPLICABLE)
                .withArguments("2004-05-01", Map.of("asOf", "2004-05-01"));
    }

    /** Another question under the 1997 law is not a quota question. */
    @Test
    void otherQuestions_getNoQuotaReasons() {
        verifyThat("QUOTA1997.SET_BY_PRESIDENT").given(quotaCase("2004-05-01").question(Question.STATUS_ASSIGNMENT))
                .doesNotDerive("2004-05-01");
        verifyThat("QUOTA1997.CRITERIA_NOT_ENCODED").given(quotaCase("2004-05-01").question(Question.CENTRE_PLACEMENT))
                .doesNotDerive("2004-05-01");
    }
}
