package kz.oralman.rules;

import java.util.Map;
import kz.oralman.model.Question;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/** centre_1997.drl: adaptation and integration centres under the Law of 13.12.1997. */
class Centre1997Test {
    private static Law1997Harness verifyThat(String ruleId) {
        return Law1997Harness.verifyThat("centre_1997.drl", false, ruleId);
    }

    private static CaseBuilder centreCase(String filed) {
        return CaseBuilder.qualifying().question(Question.CENTRE_PLACEMENT).filed(filed).region(Region.AKMOLA)
                .holder(filed);
    }

    /**
     * T-1997 Art. 15-1: «Порядок и время пребывания оралманов и членов их семей в центре адаптации и
     * интеграции оралманов и оказания им адаптационных услуг определяются уполномоченным органом.»
     */
    @Test
    void theAuthorisedBodySetsTheOrderOfStay_underThe1997Law() {
        verifyThat("CENTRE1997.ORDER_BY_AUTHORISED_BODY").cites("LAW-1997-MIGRATION", "15-1", "", "", "PRIMARY")
                .given(centreCase("2008-03-03")).derives("2008-03-03");
    }

    /** The order of stay under the 1997 law was not found: placement is not decided, and the verdict says so. */
    @Test
    void placement_notDecided_theOrderNotFound() {
        verifyThat("CENTRE1997.NOT_ENCODED").cites("LAW-1997-MIGRATION", "15-1", "", "", "UNVERIFIED")
                .given(centreCase("2008-03-03")).concludes("2008-03-03", Outcome.NOT_APPLICABLE)
                .withArguments("2008-03-03", Map.of("asOf", "2008-03-03"));
        verifyThat("CENTRE1997.NOT_ENCODED").given(centreCase("2008-03-03").question(Question.QUOTA_INCLUSION))
                .doesNotDerive("2008-03-03");
    }
}
