package kz.oralman.rules;

import kz.oralman.model.Question;
import org.junit.jupiter.api.Test;

/** rights_1997.drl: the rights a status opens under the Law of 13.12.1997 (C38 for the residence permit). */
class Rights1997Test {
    private static Law1997Harness verifyThat(String ruleId) {
        return Law1997Harness.verifyThat("rights_1997.drl", true, ruleId);
    }

    private static Law1997Harness refused(String ruleId) {
        return Law1997Harness.verifyThat("rights_1997.drl", false, ruleId);
    }

    private static CaseBuilder assignment(String filed) {
        return CaseBuilder.qualifying().question(Question.STATUS_ASSIGNMENT).filed(filed);
    }

    /**
     * C38: the 1997 law already exempted oralmans and their family members from proof of solvency, so the
     * exemption is not a right that started on 24.11.2015. T-1997 Art. 24 sp4: «лицам, за исключением
     * оралманов, лиц, родившихся или ранее состоявших в гражданстве Республики Казахстан или Казахской
     * Советской Социалистической Республики, и членов их семей, не представившим подтверждения своей
     * платежеспособности». Listed on the 1997 law's first day and on its last.
     */
    @Test
    void c38_residenceWithoutSolvency_alreadyUnderThe1997Law() {
        verifyThat("RIGHTS1997.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY").cites("LAW-1997-MIGRATION", "24", "", "4", "PRIMARY")
                .given(assignment("1997-12-13")).derives("1997-12-13")
                .given(assignment("2011-08-16")).derives("2011-08-16");
        refused("RIGHTS1997.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY").given(assignment("2008-01-10")).doesNotDerive("2008-01-10");
    }

    /** T-1997 Art. 15 p.1: «Оралманы и члены их семей имеют право на получение льгот, компенсаций, единовременных пособий…». */
    @Test
    void benefits_forTheOralmanAndTheFamily() {
        verifyThat("RIGHTS1997.BENEFITS").cites("LAW-1997-MIGRATION", "15", "1", "", "PRIMARY")
                .given(assignment("2008-01-10")).derives("2008-01-10");
        refused("RIGHTS1997.BENEFITS").given(assignment("2008-01-10")).doesNotDerive("2008-01-10");
    }

    /** T-1997 Art. 29-3 p.1 sp1: «получение гарантированного объема бесплатной медицинской помощи». */
    @Test
    void freeMedicalCare() {
        verifyThat("RIGHTS1997.MEDICAL_CARE").cites("LAW-1997-MIGRATION", "29-3", "1", "1", "PRIMARY")
                .given(assignment("2008-01-10")).derives("2008-01-10");
        refused("RIGHTS1997.MEDICAL_CARE").given(assignment("2008-01-10")).doesNotDerive("2008-01-10");
    }

    /** T-1997 Art. 29-3 p.1 sp2: «предоставление нуждающимся мест в школах, дошкольных организациях». */
    @Test
    void schoolAndPreschoolPlaces() {
        verifyThat("RIGHTS1997.SCHOOL_AND_PRESCHOOL").cites("LAW-1997-MIGRATION", "29-3", "1", "2", "PRIMARY")
                .given(assignment("2008-01-10")).derives("2008-01-10");
        refused("RIGHTS1997.SCHOOL_AND_PRESCHOOL").given(assignment("2008-01-10")).doesNotDerive("2008-01-10");
    }

    /** T-1997 Art. 36: «Лица, признанные оралманами, освобождаются от оплаты расходов…». */
    @Test
    void noFees_forConsideringTheApplication() {
        verifyThat("RIGHTS1997.NO_FEES").cites("LAW-1997-MIGRATION", "36", "", "", "PRIMARY")
                .given(assignment("2008-01-10")).derives("2008-01-10");
        verifyThat("RIGHTS1997.NO_FEES").given(assignment("2008-01-10").question(Question.QUOTA_INCLUSION))
                .doesNotDerive("2008-01-10");
    }
}
