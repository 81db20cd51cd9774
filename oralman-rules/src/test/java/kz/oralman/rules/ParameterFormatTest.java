package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.oralman.rules.facts.LawParameters;
import org.junit.jupiter.api.Test;

/**
 * The parameter format: a unit per parameter, a reference per value (in the manner of OpenFisca), and
 * optional parameters that are absent before their first value.
 */
class ParameterFormatTest {
    private static final String BUNDLED = Ruleset.resource("kz/oralman/rules/parameters/parameters.json");

    private static final String P = "{\"id\":\"x.count\",\"type\":\"integer\",\"unit\":\"count\",\"description\":\"d\","
            + "\"source\":\"s\",\"confidence\":\"SECONDARY\",\"values\":[{\"from\":\"2011-01-01\",\"value\":\"1\","
            + "\"reference\":\"Act Art. 1\"}]}";

    private static String table(String... parameters) {
        return "{\"format\":\"oralman-parameters/1\",\"parameters\":[" + String.join(",", parameters) + "]}";
    }

    private static String error(String json) {
        return assertThrows(RulesetException.class, () -> ParameterTable.parse(json, "p.json")).getMessage();
    }

    @Test
    void everyBundledParameter_hasAUnit_andEveryValueAReference() {
        ParameterTable t = ParameterTable.parse(BUNDLED, "parameters.json");
        Set<String> units = Set.of("period", "date", "count", "MRP", "KZT", "percent", "working days", "persons",
                "regions", "months", "act id", "authority", "boolean");
        for (Parameter p : t.parameters()) {
            assertTrue(units.contains(p.unit()), p.id() + " has unit " + p.unit());
            for (Parameter.Value v : p.values()) {
                assertFalse(v.reference().isBlank(), p.id() + " from " + v.from());
                // a value marked UNVERIFIED says why in its reference
                if (v.confidence() == kz.oralman.model.decision.Confidence.UNVERIFIED) {
                    assertTrue(v.reference().contains("UNVERIFIED") || v.reference().contains("NOT FOUND"),
                            p.id() + " from " + v.from() + ": " + v.reference());
                }
            }
        }
    }

    @Test
    void theUnitAndTheReference_areRequired_andNamedWhenMissing() {
        assertEquals("p.json: /parameters/0: parameter x.count has no \"unit\"",
                error(table(P.replace("\"unit\":\"count\",", ""))));
        assertEquals("p.json: /parameters/0: parameter x.count: values[0] has no \"reference\" (an act and article,"
                + " or a source URL, or UNVERIFIED: why)", error(table(P.replace(",\"reference\":\"Act Art. 1\"", ""))));
        assertTrue(error(table(P.replace("\"Act Art. 1\"", "\" \""))).contains("blank reference"));
        assertEquals("p.json: /parameters/0: parameter x.count: \"optional\" must be true or false",
                error(table(P.replace("\"unit\":\"count\",", "\"unit\":\"count\",\"optional\":\"yes\","))));
    }

    @Test
    void aValueExposesItsReference_andTheParameterItsUnit() {
        ParameterTable t = ParameterTable.parse(table(P), "p.json");
        Parameter p = t.get("x.count").orElseThrow();
        assertEquals("count", p.unit());
        assertFalse(p.optional());
        assertEquals("Act Art. 1", p.on(LocalDate.of(2012, 1, 1)).orElseThrow().reference());
        assertEquals(LocalDate.of(2011, 1, 1), p.firstFrom());
        ParameterTable bundled = ParameterTable.parse(BUNDLED, "parameters.json");
        assertTrue(bundled.valueOn("support.socialCodeFrom", LocalDate.of(2024, 1, 1)).orElseThrow().reference()
                .contains("«Настоящий Кодекс вводится в действие с 1 июля 2023 года»"));
        assertTrue(bundled.valueOn("support.housingCapMrp", LocalDate.of(2023, 2, 28)).isEmpty());
        assertEquals("parameter no.such is missing from the parameter table",
                assertThrows(RulesetException.class, () -> bundled.valueOn("no.such", LocalDate.of(2024, 1, 1)))
                        .getMessage());
    }

    /** An optional parameter is null before its first value; a required one fails fast, naming itself and the day. */
    @Test
    void anOptionalParameter_isAbsentBeforeItsFirstValue_aRequiredOneFailsFast() {
        ParameterTable bundled = ParameterTable.parse(BUNDLED, "parameters.json");
        LawParameters before = bundled.on(LocalDate.of(2022, 12, 31));
        assertNull(before.relocationMrp());
        assertFalse(before.supportAmountsKnown());
        assertFalse(before.housingCertificateKnown());
        LawParameters from = bundled.on(LocalDate.of(2023, 1, 1));
        assertEquals(70, from.relocationMrp());
        assertTrue(from.supportAmountsKnown());
        assertFalse(from.housingCertificateKnown());
        assertTrue(bundled.on(LocalDate.of(2023, 3, 1)).housingCertificateKnown());
        // the 1997 law: no term, no extension, no support amounts, but the quota counts families
        LawParameters y1998 = bundled.on(LocalDate.of(1998, 6, 1));
        assertFalse(y1998.statusTermKnown());
        assertFalse(y1998.extensionKnown());
        assertEquals(kz.oralman.model.QuotaUnit.FAMILIES, y1998.quotaUnit());
        assertTrue(bundled.on(LocalDate.of(2015, 6, 1)).statusTermKnown());
        // a required parameter without a value fails fast, naming itself and the day asked
        RulesetException e = assertThrows(RulesetException.class, () -> bundled.checkServes(LocalDate.of(1997, 12, 12)));
        assertEquals("parameter sovereignty.cutoff has no value on 1997-12-12", e.getMessage());
        bundled.checkServes(LocalDate.of(1997, 12, 13));
    }

    /** A ruleset whose first day precedes an optional parameter's first value loads; a required one does not. */
    @Test
    void rulesetLoading_allowsAnAbsentOptionalParameter_butNotAnAbsentRequiredOne() {
        LawVersion v = LawBook.bundled().get(LawBook.bundled().size() - 1);
        Map<String, String> drl = new java.util.LinkedHashMap<>();
        v.drlFiles().forEach(f -> drl.put(f, Ruleset.resource("kz/oralman/rules/drl/" + f)));
        LawVersion early = Law1997Harness.version("Z1100000477@2000-01-01", "Z1100000477", LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 1, 1), List.copyOf(v.drlFiles()));
        assertNotNull(Ruleset.compile(early, drl, BUNDLED));
        String requiredLater = BUNDLED.replace("\"from\": \"1997-12-13\",\n          \"value\": \"1991-12-16\"",
                "\"from\": \"2001-01-01\",\n          \"value\": \"1991-12-16\"");
        assertTrue(!requiredLater.equals(BUNDLED));
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.compile(early, drl, requiredLater));
        assertEquals("parameter sovereignty.cutoff has no value on 2000-01-01", e.getMessage());
    }
}
