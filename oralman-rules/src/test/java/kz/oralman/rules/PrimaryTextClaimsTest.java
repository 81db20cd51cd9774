package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Channel;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.Region;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import org.junit.jupiter.api.Test;

/**
 * The claims of primary-texts.md that the law-version rules encode: each CONTRADICTED claim fixed (C4, C9,
 * C12, C14, C45, C49, C55) and the confirmed ones kept, each decided on both sides of the date it turns on.
 * Each test quotes the words it rests on, and checks that the DRL or the parameter table quotes them too.
 */
class PrimaryTextClaimsTest {
    private static final OralmanEngine ENGINE = RuleVerifier.ENGINE;

    private static Decision decide(CaseBuilder c, String date) {
        return ENGINE.decide(c.build(), c.build().application().question(), LocalDate.parse(date));
    }

    private static Reason reason(Decision d, String ruleId) {
        return d.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not among " + d.reasons()));
    }

    private static boolean has(Decision d, String ruleId) {
        return d.reasons().stream().anyMatch(r -> r.ruleId().equals(ruleId));
    }

    private static void quoted(String file, String words) {
        String text = file.endsWith(".json") ? Ruleset.resource("kz/oralman/rules/" + file)
                : Ruleset.resource("kz/oralman/rules/drl/" + file);
        assertTrue(text.contains(words), file + " does not quote «" + words + "»");
    }

    /**
     * C4. 2011 to May 2020, Art. 1 sp13 (T-2018kz): «тарихи отанында тұрақты тұру мақсатында … келген»
     * (arrived for permanent residence); Law No. 327-VI (T-2020ru-o): «прибывшие на историческую родину»;
     * from 2023 (T-2025ru): «получившие соответствующий статус в порядке, установленном уполномоченным органом»,
     * with no arrival at all.
     */
    @Test
    void c4_purposeElement_permanentResidenceUntil2020_arrivalUntil2023_noneAfter() {
        quoted("art01_purpose.drl", "тарихи\n//   отанында тұрақты тұру мақсатында");
        quoted("art01_arrival_2020.drl", "прибывшие на историческую родину");
        CaseBuilder temporary = CaseBuilder.qualifying().purpose(ArrivalPurpose.TEMPORARY);
        Decision may24 = decide(temporary, "2020-05-24");
        assertEquals(Outcome.REFUSED, may24.outcome());
        assertEquals("13", reason(may24, "PURPOSE.TEMPORARY").basis().subParagraph());
        assertEquals(Outcome.GRANTED, decide(temporary, "2020-05-25").outcome());
        CaseBuilder abroad = CaseBuilder.qualifying().channel(Channel.EMBASSY);
        assertEquals(Outcome.NEEDS_EVIDENCE, decide(abroad, "2020-05-25").outcome());
        assertEquals(Outcome.NEEDS_EVIDENCE, decide(abroad, "2023-04-30").outcome());
        Decision may01 = decide(abroad, "2023-05-01");
        assertEquals(Outcome.GRANTED, may01.outcome());
        assertTrue(!has(may01, "ARRIVAL2020.ARRIVED_IN_HOMELAND") && !has(may01, "PURPOSE.PERMANENT_RESIDENCE"));
    }

    /**
     * C9. Art. 63 p.1 (T-2025ru): «Настоящий Закон вводится в действие по истечении десяти календарных дней
     * после его первого официального опубликования»; first published 06.08.2011, so in force 17.08.2011.
     */
    @Test
    void c9_the2011LawInForceOn17August2011_not22July() {
        assertEquals("LAW-1997-MIGRATION@1997-12-13", decide(CaseBuilder.qualifying(), "2011-07-22").lawVersion());
        assertEquals("LAW-1997-MIGRATION@1997-12-13", decide(CaseBuilder.qualifying(), "2011-08-16").lawVersion());
        assertEquals("Z1100000477@2011-08-17", decide(CaseBuilder.qualifying(), "2011-08-17").lawVersion());
        assertTrue(LawBook.byId("Z1100000477@2011-08-17").orElseThrow().fromNote().contains("06.08.2011"));
        assertTrue(LawBook.byId("Z1100000477@2011-08-17").orElseThrow().summary().contains("01.01.2015"));
    }

    private static CaseBuilder holder(String grantedOn, String lastDay) {
        return CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .resided("UZ", "1980-05-10", "2016-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2016-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .status(StatusEvent.granted(CaseBuilder.APPLICANT, LocalDate.parse(grantedOn), LocalDate.parse(lastDay)))
                .citizenshipApplication("2016-03-01");
    }

    /**
     * C12. No extension before Law No. 147-VI (the Art. 21 heading gained «или продление»); from Law No. 327-VI,
     * Art. 21 p.2 (T-2020ru-o): «этнические казахи, постоянно проживающие на территории Республики Казахстан, могут
     * подавать заявление о продлении … принимается однократно на срок не более шести месяцев».
     */
    @Test
    void c12_extension_noneBefore147VI_onceThreeMonthsThen_onceSixMonthsForResidentsFrom327VI() {
        quoted("status_extension_2020.drl", "принимается однократно на срок не более шести месяцев");
        CaseBuilder c = holder("2017-09-01", "2018-08-31");
        assertEquals(Outcome.NOT_APPLICABLE, decide(c, "2018-04-27").outcome());
        Decision granted = decide(c, "2018-04-28");
        assertEquals(Outcome.GRANTED, granted.outcome());
        assertEquals("P3M", reason(granted, "STATUS.EXTEND.GRANT").arguments().get("term"));
        CaseBuilder d = holder("2019-09-01", "2020-08-31");
        assertEquals("P3M", reason(decide(d, "2020-05-24"), "STATUS.EXTEND.GRANT").arguments().get("term"));
        assertEquals("P6M", reason(decide(d, "2020-05-25"), "STATUS.EXTEND.GRANT").arguments().get("term"));
        // once: a second extension is refused under 327-VI
        CaseBuilder twice = holder("2019-09-01", "2020-08-31").status(StatusEvent.extended(CaseBuilder.APPLICANT,
                LocalDate.of(2020, 6, 1), LocalDate.of(2021, 2, 28)));
        assertEquals(Outcome.REFUSED, decide(twice, "2020-12-01").outcome());
        // only for those permanently residing in Kazakhstan (327-VI to 223-VII)
        CaseBuilder abroad = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .status(StatusEvent.granted(CaseBuilder.APPLICANT, LocalDate.of(2019, 9, 1), LocalDate.of(2020, 8, 31)))
                .citizenshipApplication("2020-03-01");
        assertEquals(Outcome.GRANTED, decide(abroad, "2020-05-24").outcome());
        assertEquals(Outcome.NEEDS_EVIDENCE, decide(abroad, "2020-05-25").outcome());
        // from 26.10.2025: once, up to six months (status rules, secondary)
        CaseBuilder late = holder("2025-01-10", "2026-01-09").citizenshipApplication("2025-06-01");
        assertEquals("P6M", reason(decide(late, "2025-10-25"), "STATUS.EXTEND.GRANT").arguments().get("term"));
        assertEquals("P6M", reason(decide(late, "2025-10-26"), "STATUS.EXTEND.GRANT").arguments().get("term"));
    }

    /**
     * C14. Art. 21 p.2 (T-2018kz, 421-V wording): «бес жұмыс күні ішінде»; (T-2020ru-o, 327-VI): «в течение
     * четырех рабочих дней … индивидуального идентификационного номера … в течение трех рабочих дней»; nothing
     * changed on 01.01.2022; 1997 (T-1997 Art. 14 p.2): «в течение двух месяцев».
     */
    @Test
    void c14_processingTime_fiveFromDec2015_fourFrom327VI_noChangeIn2022_threeFromOct2025() {
        quoted("parameters/parameters.json", "бес жұмыс күні ішінде");
        quoted("parameters/parameters.json", "в течение четырех рабочих дней");
        CaseBuilder c = CaseBuilder.qualifying();
        assertEquals(Map.of("months", "2"), reason(decide(c, "2005-06-01"), "OR1997.DECISION_WITHIN_TWO_MONTHS")
                .arguments());
        assertTrue(!has(decide(c, "2015-12-05"), "INTAKE.PROCESSING_TIME"), "no period found before Dec 2015");
        assertEquals("5", reason(decide(c, "2015-12-06"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
        assertEquals("5", reason(decide(c, "2020-05-24"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
        assertEquals("4", reason(decide(c, "2020-05-25"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
        assertEquals("4", reason(decide(c, "2021-12-31"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
        assertEquals("4", reason(decide(c, "2022-01-01"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
        ParameterTable p = ENGINE.ruleset(LawBook.on(LocalDate.of(2024, 1, 1)).orElseThrow()).parameters();
        Parameter days = p.parameters().stream().filter(x -> x.id().equals("status.processingWorkingDays"))
                .findFirst().orElseThrow();
        assertEquals(Confidence.UNVERIFIED, days.on(LocalDate.of(2024, 1, 1)).orElseThrow().confidence());
        assertEquals("30", reason(decide(c, "2025-10-25"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
        assertEquals("3", reason(decide(c, "2025-10-26"), "INTAKE.PROCESSING_TIME").arguments().get("days"));
    }

    /**
     * C45. Law on Citizenship Art. 3 (T-Cit2007): «постоянно проживают в Республике Казахстан на день вступления в
     * силу настоящего Закона»: the day is 01.03.1992 [S], not the adoption on 20.12.1991.
     */
    @Test
    void c45_citizenshipLawCutoffIsItsEntryIntoForce_1March1992() {
        quoted("art01_never_citizen_2020.drl", "на день вступления в силу настоящего Закона");
        CaseBuilder leftTheDayBefore = CaseBuilder.qualifying()
                .resided("KZ", "1980-05-10", "1992-02-29", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("UZ", "1992-03-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        Decision d = decide(leftTheDayBefore, "2022-04-06");
        assertTrue(!has(d, "KANDAS2020.RESIDED_IN_KAZAKHSTAN_WHEN_CITIZENSHIP_LAW_ADOPTED"));
        assertEquals(Outcome.GRANTED, d.outcome(), "resided in Kazakhstan on 20.12.1991, but not on 01.03.1992");
        CaseBuilder leftOnTheDay = CaseBuilder.qualifying()
                .resided("KZ", "1980-05-10", "1992-03-01", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("UZ", "1992-03-02", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        Decision e = decide(leftOnTheDay, "2022-04-06");
        assertEquals(Outcome.NEEDS_EVIDENCE, e.outcome());
        assertEquals("citizenship.neverKazakhstan", e.evidenceRequests().get(0).fact());
    }

    /**
     * C49. Art. 15 p.1 sp6-10 (T-2025ru): «принимают решение о принадлежности к казахской национальности лиц,
     * претендующих на получение статуса кандаса … в случае отсутствия соответствующей записи в документах»,
     * footnote «от 16.05.2024 № 82-VIII (вводится в действие по истечении десяти календарных дней …)».
     */
    @Test
    void c49_nationalityCommission_law82VIII_art15p1sp6_10() {
        quoted("art01_nationality_commission_2024.drl", "6-10) принимают решение о принадлежности к казахской");
        CaseBuilder c = CaseBuilder.qualifying().noClaims();
        assertEquals(Outcome.NEEDS_EVIDENCE, decide(c, "2024-05-27").outcome());
        Decision d = decide(c, "2024-05-28");
        assertEquals(Outcome.REFERRED, d.outcome());
        Reason r = reason(d, "NATIONALITY.REFER_TO_COMMISSION");
        assertEquals("LAW-82-VIII-2024", r.basis().act());
        assertEquals(java.util.List.of("15", "1", "6-10"), java.util.List.of(r.basis().article(),
                r.basis().paragraph(), r.basis().subParagraph()));
        assertEquals(Confidence.PRIMARY, r.basis().confidence());
        assertEquals(Outcome.REFERRED, decide(c, "2024-07-16").outcome(), "the former cut 17.07.2024 had no support");
    }

    /**
     * C55. Law No. 421-V «вводится в действие по истечении десяти календарных дней после дня его первого
     * официального опубликования» (T-2018kz footnotes): in force in early December 2015, not on 24.11.2015.
     */
    @Test
    void c55_law421V_notOn24November2015_butEarlyDecember() {
        CaseBuilder almaty = CaseBuilder.qualifying().region(Region.ALMATY_CITY);
        assertEquals(Outcome.REFUSED, decide(almaty, "2015-11-24").outcome());
        assertEquals(Outcome.REFUSED, decide(almaty, "2015-12-05").outcome());
        assertEquals(Outcome.GRANTED, decide(almaty, "2015-12-06").outcome());
        assertEquals(Confidence.UNVERIFIED, LawBook.byId("Z1100000477@2015-12-06").orElseThrow().fromConfidence());
    }

    /**
     * C1, C2, C3. T-2018kz Art. 1 sp13: «… егемендік алған кезде оның шегінен тыс жерде тұрақты тұрған этникалық
     * қазақ және оның … егемендік алғаннан кейін оның шегінен тыс жерде туылған және тұрақты тұрған ұлты қазақ
     * балалары»; the law names no date (C2, parameter sovereignty.cutoff UNVERIFIED); dropped by Law No. 327-VI.
     */
    @Test
    void c1_c2_c3_sovereigntyAndChildrenClause_until327VI() {
        quoted("art01_sovereignty_2011.drl", "ұлты қазақ балалары");
        CaseBuilder inKazakhstan = CaseBuilder.qualifying()
                .resided("KZ", "1980-05-10", "1995-01-01", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("UZ", "1995-01-02", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        Decision before = decide(inKazakhstan, "2020-05-24");
        assertEquals(Outcome.REFUSED, before.outcome());
        assertEquals(Confidence.PRIMARY, reason(before, "OR2011.RESIDED_IN_KAZAKHSTAN_AT_SOVEREIGNTY").basis()
                .confidence());
        assertEquals(Outcome.NEEDS_EVIDENCE, decide(inKazakhstan, "2020-05-25").outcome(), "C45 register check");
        Decision child = decide(CaseBuilder.qualifying().born("2001-02-03"), "2019-06-01");
        assertTrue(has(child, "OR2011.CHILD_BORN_ABROAD_AFTER_SOVEREIGNTY"));
    }

    /** C5, C6. «ранее не состоявшие в гражданстве Республики Казахстан»; «этнический казах – иностранец или лицо без гражданства казахской национальности». */
    @Test
    void c5_c6_neverACitizen_andEthnicKazakhIsAForeignerOfKazakhNationality() {
        CaseBuilder former = CaseBuilder.qualifying().citizen("KZ", "1995-01-01", "2011-01-01", EvidenceStatus.VERIFIED);
        Decision d = decide(former, "2022-04-06");
        assertEquals(Outcome.REFUSED, d.outcome());
        assertEquals(Confidence.PRIMARY, reason(d, "KANDAS2020.FORMER_CITIZEN").basis().confidence());
        Decision g = decide(CaseBuilder.qualifying(), "2022-04-06");
        assertEquals("28", reason(g, "NATIONALITY.ESTABLISHED_BY_DOCUMENT").basis().subParagraph());
    }

    /** C10, C11. Art. 25 «по истечении одного года со дня получения статуса»; 1997 Art. 14 p.4 «прекращается после получения им гражданства». */
    @Test
    void c10_c11_oneYearFrom153V_noTermUnderThe1997Law() {
        Decision d = decide(CaseBuilder.qualifying(), "2014-01-10");
        assertEquals(LocalDate.of(2015, 1, 9), d.term().orElseThrow().getEndInclusive());
        assertEquals("25", reason(d, "STATUS.ASSIGN.GRANT").basis().article());
        assertTrue(decide(CaseBuilder.qualifying(), "2010-01-10").term().isEmpty());
        quoted("law1997_status.drl", "Статус оралмана прекращается после получения им гражданства");
    }

    /** C13. From 26.10.2025 extension once (oq.gov.kz, secondary): a second one is refused. */
    @Test
    void c13_onceFrom26October2025() {
        CaseBuilder twice = holder("2025-01-10", "2026-01-09").citizenshipApplication("2025-06-01")
                .status(StatusEvent.extended(CaseBuilder.APPLICANT, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 7, 9)));
        assertEquals(Outcome.REFUSED, decide(twice, "2026-03-02").outcome());
    }

    /** C46. 1997: «территориальным органом уполномоченного органа в течение двух месяцев» (T-1997 Art. 14 p.2). */
    @Test
    void c46_territorialBodyWithinTwoMonths_1997() {
        Reason r = reason(decide(CaseBuilder.qualifying(), "2003-03-03"), "OR1997.DECISION_WITHIN_TWO_MONTHS");
        assertEquals("LAW-1997-MIGRATION", r.basis().act());
        assertEquals(java.util.List.of("14", "2"), java.util.List.of(r.basis().article(), r.basis().paragraph()));
    }
}
