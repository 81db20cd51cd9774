package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import kz.oralman.model.CentreKind;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Question;
import kz.oralman.model.Region;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanation text of four decisions in three languages, compared line by line with golden files
 * in {@code src/test/resources/golden-text} (the receipt line, which names the library version and the
 * ruleset hash, is left out). Regenerate on purpose with {@code -Doralman.regenerate=true} and review
 * the diff.
 */
class DecisionTextTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-text");

    static Stream<Arguments> decisions() {
        Decision granted = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build());
        Decision evidence = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().noClaims()
                .claim(NationalityDocument.CN_HOUSEHOLD_REGISTER, Kin.FATHER, "CN", EvidenceStatus.DECLARED)
                .citizen("CN", "1980-05-10", null, EvidenceStatus.VERIFIED)
                .resided("CN", "1980-05-10", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .filed("2023-06-01").build());
        Decision noPlace = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().question(Question.CENTRE_PLACEMENT)
                .filed("2024-05-02").holder("2024-03-01").region(Region.ATYRAU).child("son", "2015-06-01")
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 100)
                .centre("tac-atyrau", Region.ATYRAU, CentreKind.TEMPORARY_ACCOMMODATION, 40, "2024-05-01", 0)
                .build());
        Decision before = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                LocalDate.of(1997, 12, 12));
        return Stream.of("kk", "ru", "en").flatMap(lang -> Stream.of(
                Arguments.of("granted", lang, granted), Arguments.of("needs-evidence", lang, evidence),
                Arguments.of("no-place", lang, noPlace), Arguments.of("before-law", lang, before)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("decisions")
    void explanation_matchesItsGolden(String name, String lang, Decision d) throws Exception {
        String text = DecisionText.render(d, lang).replaceAll("(?m)^.*sha256:.*\\n", "");
        assertTrue(!text.contains("[rule.") && !text.contains("[document.") && !text.contains("[fact."), text);
        Path golden = GOLDEN.resolve(name + "." + lang + ".txt");
        if (Boolean.getBoolean("oralman.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text, name + "." + lang
                + " differs from its golden\nMaybe regenerate with -Doralman.regenerate=true and review the diff");
    }
}
