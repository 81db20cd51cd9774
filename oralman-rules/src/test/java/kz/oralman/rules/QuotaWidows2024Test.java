package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.Question;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class QuotaWidows2024Test {
    private static CaseBuilder widow(String filed) {
        return CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed(filed).region(Region.AKMOLA)
                .widowOf("husband", "2021-05-01").quota(2024, Region.AKMOLA, QuotaUnit.PERSONS, 285, 0, "2024-01-15");
    }

    @Test
    void widowOfKandas_mayBeIncluded_fromThe2024Amendments() {
        verifyThat("QUOTA2024.WIDOW_OF_KANDAS").given(widow("2024-05-28")).asOf("2024-05-28").derives()
                .decision(Outcome.GRANTED);
    }

    @Test
    void widowOfKandas_theDayBefore_isRefusedWithoutOwnStatus() {
        verifyThat("QUOTA.NO_STATUS").given(widow("2024-05-27")).asOf("2024-05-27").derives()
                .decision(Outcome.REFUSED);
    }
}
