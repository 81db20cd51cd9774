package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.time.LocalDate;
import kz.oralman.model.Question;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Before Law No. 147-VI the Law knew no extension (claim C12): the heading of Art. 21 gained «или продление»
 * «Заголовок с изменением, внесенным Законом РК от 16.04.2018 №147-VІ» (T-2020ru-o).
 */
class StatusExtensionNoneTest {
    private static CaseBuilder holder() {
        return CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .status(StatusEvent.granted(CaseBuilder.APPLICANT, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 8, 31)))
                .citizenshipApplication("2018-02-01");
    }

    @Test
    void notInLaw_theDayBeforeLaw147VI() {
        verifyThat("EXTEND.NOT_IN_LAW").given(holder()).asOf("2018-04-27").concludes(Outcome.NOT_APPLICABLE)
                .decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void notInLaw_alsoUnderThe2011Law() {
        verifyThat("EXTEND.NOT_IN_LAW").given(holder()).asOf("2013-04-22").concludes(Outcome.NOT_APPLICABLE);
    }
}
