package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.oralman.model.Periods;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Authority;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.decision.Receipt;
import kz.oralman.model.decision.ReferralBody;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DecisionJsonTest {
    private static final LegalReference ART_1 = new LegalReference("Z1100000477", "1", "13", "", "2024-01-01",
            Confidence.PRIMARY);
    private static final LegalReference TERM = new LegalReference("Z1100000477", "", "", "", "", Confidence.SECONDARY);
    private static final String HASH = "0".repeat(64);

    private static Decision decision(Outcome outcome, Optional<LocalDateRange> term, Optional<ReferralBody> referredTo,
                                     Map<String, String> arguments, List<String> facts,
                                     List<EvidenceRequest> requests) {
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        return new Decision("uz-2024-family", Question.STATUS_ASSIGNMENT, "applicant", asOf, outcome, term,
                "kz-2011-migration@2024-01-01", "kandas",
                new Authority("LOCAL_EXECUTIVE_BODY", "MTSZN", Confidence.SECONDARY), referredTo,
                List.of(new Reason("KANDAS.ASSIGN.ETHNIC_KAZAKH", ART_1, "kandas.assign.ethnicKazakh", arguments, facts),
                        new Reason("KANDAS.TERM.ONE_YEAR", TERM, "kandas.term.oneYear", Map.of(), List.of())),
                requests, Receipt.of("0.1.0-SNAPSHOT", "kz-2011-migration@2024-01-01", HASH, HASH,
                        Question.STATUS_ASSIGNMENT, asOf, "applicant"));
    }

    private static Decision granted(Map<String, String> arguments, List<String> facts) {
        return decision(Outcome.GRANTED, Optional.of(Periods.closed(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28))),
                Optional.empty(), arguments, facts, List.of());
    }

    @Test
    void write_granted_isCanonical() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("region", "Түркістан облысы");
        args.put("name", "Ерлан Сейітұлы");
        String expected = """
                {
                  "format": "oralman-decision/1",
                  "caseId": "uz-2024-family",
                  "question": "STATUS_ASSIGNMENT",
                  "subject": "applicant",
                  "asOf": "2024-03-01",
                  "outcome": "GRANTED",
                  "term": {
                    "from": "2024-03-01",
                    "to": "2025-02-28"
                  },
                  "lawVersion": "kz-2011-migration@2024-01-01",
                  "terminology": "kandas",
                  "authority": {
                    "decidingBody": "LOCAL_EXECUTIVE_BODY",
                    "ministry": "MTSZN",
                    "confidence": "SECONDARY"
                  },
                  "reasons": [
                    {
                      "ruleId": "KANDAS.ASSIGN.ETHNIC_KAZAKH",
                      "basis": {
                        "act": "Z1100000477",
                        "article": "1",
                        "paragraph": "13",
                        "revision": "2024-01-01",
                        "confidence": "PRIMARY"
                      },
                      "verified": true,
                      "messageKey": "kandas.assign.ethnicKazakh",
                      "arguments": {
                        "name": "Ерлан Сейітұлы",
                        "region": "Түркістан облысы"
                      },
                      "facts": [
                        "/persons/0/birthDate",
                        "/persons/0/nationalityClaims/0"
                      ]
                    },
                    {
                      "ruleId": "KANDAS.TERM.ONE_YEAR",
                      "basis": {
                        "act": "Z1100000477",
                        "confidence": "SECONDARY"
                      },
                      "verified": false,
                      "messageKey": "kandas.term.oneYear",
                      "arguments": { },
                      "facts": [ ]
                    }
                  ],
                  "evidenceRequests": [ ],
                  "receipt": {
                    "libraryVersion": "0.1.0-SNAPSHOT",
                    "lawVersion": "kz-2011-migration@2024-01-01",
                    "rulesetHash": "%1$s",
                    "caseHash": "%1$s",
                    "question": "STATUS_ASSIGNMENT",
                    "asOf": "2024-03-01",
                    "person": "applicant",
                    "digest": "%2$s"
                  }
                }
                """.formatted(HASH, Receipt.digestOf("0.1.0-SNAPSHOT", "kz-2011-migration@2024-01-01", HASH, HASH,
                Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1), "applicant"));
        String written = DecisionJson.write(granted(args,
                List.of("/persons/0/nationalityClaims/0", "/persons/0/birthDate", "/persons/0/birthDate")));
        assertEquals(expected, written);
        assertEquals("", Docs.violations(Docs.decisionSchema(), Docs.tree(written)));
    }

    @Test
    void write_sameDecisionFromDifferentlyOrderedInputs_sameBytes() {
        Map<String, String> forward = new LinkedHashMap<>();
        Map<String, String> backward = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            forward.put("k" + i, "v" + i);
            backward.put("k" + (19 - i), "v" + (19 - i));
        }
        Decision a = granted(forward, List.of("/a", "/b", "/c"));
        Decision b = granted(new HashMap<>(backward), List.of("/c", "/a", "/b", "/a"));
        assertEquals(a, b);
        assertEquals(DecisionJson.write(a), DecisionJson.write(b));
        assertEquals(DecisionJson.write(a), DecisionJson.write(a));
    }

    @Test
    void writeLine_isTheSameTreeOnOneLine() {
        Decision d = granted(Map.of("name", "Ерлан"), List.of());
        String line = DecisionJson.writeLine(d);
        assertFalse(line.contains("\n"));
        assertTrue(line.contains("\"name\":\"Ерлан\""), "non-ASCII is written as is, not escaped");
        assertEquals(Docs.tree(DecisionJson.write(d)), Docs.tree(line));
    }

    @Test
    void write_referred_hasReferredToAndNoTerm() {
        Decision d = decision(Outcome.REFERRED, Optional.empty(), Optional.of(ReferralBody.NATIONALITY_COMMISSION),
                Map.of(), List.of(), List.of());
        var tree = Docs.tree(DecisionJson.write(d));
        assertEquals("NATIONALITY_COMMISSION", tree.get("referredTo").textValue());
        assertFalse(tree.has("term"));
        assertEquals("", Docs.violations(Docs.decisionSchema(), tree));
    }

    @Test
    void write_needsEvidence_listsTheRequests() {
        EvidenceRequest request = new EvidenceRequest("nationality.kazakh", "applicant",
                List.of("document.birthCertificate", "document.commissionDetermination"), "KANDAS.ASSIGN.ETHNIC_KAZAKH",
                ART_1, List.of("/persons/0/nationalityClaims/1", "/persons/0/nationalityClaims/0"));
        Decision d = decision(Outcome.NEEDS_EVIDENCE, Optional.empty(), Optional.empty(), Map.of(), List.of(),
                List.of(request));
        var tree = Docs.tree(DecisionJson.write(d));
        assertEquals("/persons/0/nationalityClaims/0", tree.at("/evidenceRequests/0/facts/0").textValue());
        assertEquals("document.birthCertificate", tree.at("/evidenceRequests/0/documents/0").textValue());
        assertFalse(tree.at("/evidenceRequests/0/basis").has("subParagraph"));
        assertEquals("", Docs.violations(Docs.decisionSchema(), tree));
    }

    @Test
    void write_termOfOneDay_fromEqualsTo() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        Decision d = decision(Outcome.GRANTED, Optional.of(Periods.closed(day, day)), Optional.empty(), Map.of(),
                List.of(), List.of());
        var tree = Docs.tree(DecisionJson.write(d));
        assertEquals("2024-02-29", tree.at("/term/from").textValue());
        assertEquals("2024-02-29", tree.at("/term/to").textValue());
    }

    @Test
    void decision_rejectsAnUnboundedOrEmptyTerm() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        assertThrows(IllegalArgumentException.class, () -> decision(Outcome.GRANTED,
                Optional.of(Periods.open(day)), Optional.empty(), Map.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> decision(Outcome.GRANTED,
                Optional.of(org.threeten.extra.LocalDateRange.of(day, day)), Optional.empty(), Map.of(), List.of(),
                List.of()));
    }
}
