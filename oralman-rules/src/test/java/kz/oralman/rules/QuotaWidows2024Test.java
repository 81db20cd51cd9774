package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.oralman.model.Case;
import kz.oralman.model.FamilyTie;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.PersonName;
import kz.oralman.model.Question;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Region;
import kz.oralman.model.Relation;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/**
 * quota_widows_2024.drl, claim C32: widows of kandas and their common children join the quota from Law
 * No. 82-VIII of 16.05.2024 (not July 2024). The law entered into force ten days after its first official
 * publication, whose day was not found: the tests take the cut from the law book (the first version that
 * lists the file) and check both sides of it.
 */
class QuotaWidows2024Test {
    private static final LocalDate CUT = Citations.firstDayOf("quota_widows_2024.drl");

    private static CaseBuilder widow(LocalDate filed) {
        return CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed(filed.toString()).region(Region.AKMOLA)
                .widowOf("husband", "2021-05-01").quota(filed.getYear(), Region.AKMOLA, QuotaUnit.PERSONS, 285, 0,
                        filed.getYear() + "-01-15");
    }

    /**
     * C32, T-2025ru Art. 21-1 p.1: «В течение календарного года в региональную квоту приема кандасов
     * включаются члены семьи кандаса, вдовы кандасов и их общие дети, прибывшие после включения кандаса в
     * региональную квоту приема кандасов…» (footnote: «от 16.05.2024 № 82-VIII»).
     */
    @Test
    void c32_widowOfKandas_joinsTheQuota_fromLaw82VIII() {
        verifyThat("QUOTA2024.WIDOW_OF_KANDAS").given(widow(CUT)).asOf(CUT.toString()).derives()
                .withArguments(Map.of("spouse", "husband")).decision(Outcome.GRANTED);
        Citations.cites("QUOTA2024.WIDOW_OF_KANDAS", CUT.toString(), "Z1100000477", "21-1", "1", "", "PRIMARY");
    }

    /** The day before the cut, the widow without a status of her own is refused under the earlier wording. */
    @Test
    void c32_widowOfKandas_theDayBefore_isRefusedWithoutOwnStatus() {
        String before = CUT.minusDays(1).toString();
        Citations.notInForce("QUOTA2024.WIDOW_OF_KANDAS", before);
        verifyThat("QUOTA.NO_STATUS").given(widow(CUT.minusDays(1))).asOf(before).derives()
                .decision(Outcome.REFUSED);
    }

    /** A child of the kandas and of the widow: their common child. */
    private static Case commonChild(LocalDate filed) {
        Case base = widow(filed).build();
        PersonId applicant = base.application().applicant();
        PersonId mother = PersonId.of("mother");
        List<Person> persons = new ArrayList<>(base.persons());
        persons.add(new Person(mother, List.of(PersonName.of("Гүлнар", "Cyrl")), LocalDate.of(1975, 3, 1),
                List.of(), List.of(), List.of(), List.of()));
        List<FamilyTie> ties = List.of(new FamilyTie(applicant, Relation.CHILD, PersonId.of("husband")),
                new FamilyTie(applicant, Relation.CHILD, mother),
                new FamilyTie(mother, Relation.WIDOW_OF, PersonId.of("husband")));
        return new Case(base.id(), persons, ties, base.application(), base.centres(), base.stays(), base.quotas());
    }

    /** C32, the same words: «…вдовы кандасов и их общие дети…» join the quota without a status of their own. */
    @Test
    void c32_commonChildOfKandasAndWidow_joinsTheQuota_fromLaw82VIII() {
        verifyThat("QUOTA2024.COMMON_CHILD_OF_KANDAS").given(commonChild(CUT)).asOf(CUT.toString()).derives()
                .withArguments(Map.of("parent", "husband", "widow", "mother")).decision(Outcome.GRANTED);
        Citations.cites("QUOTA2024.COMMON_CHILD_OF_KANDAS", CUT.toString(), "Z1100000477", "21-1", "1", "", "PRIMARY");
        Citations.notInForce("QUOTA2024.COMMON_CHILD_OF_KANDAS", CUT.minusDays(1).toString());
        verifyThat("QUOTA.NO_STATUS").given(commonChild(CUT.minusDays(1))).asOf(CUT.minusDays(1).toString())
                .decision(Outcome.REFUSED);
    }

    /** A child of the kandas whose other parent is not the widow is not their common child. */
    @Test
    void aChildOfTheKandasOnly_isNotACommonChild() {
        Case base = commonChild(CUT);
        List<FamilyTie> ties = base.familyTies().stream().filter(t -> !t.relation().equals(Relation.WIDOW_OF)).toList();
        Case noWidow = new Case(base.id(), base.persons(), ties, base.application(), base.centres(), base.stays(),
                base.quotas());
        verifyThat("QUOTA2024.COMMON_CHILD_OF_KANDAS").given(noWidow).asOf(CUT.toString()).doesNotDerive();
    }
}
