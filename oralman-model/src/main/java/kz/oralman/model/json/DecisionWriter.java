package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Quotation;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.decision.Receipt;

/**
 * Writes a decision's canonical JSON to a generator, value by value, with no tree in between: the same
 * fields in the same order as {@link DecisionJson#toTree}, so that the text is the same (a test holds
 * the two together over the engine's decisions on every sample case and generated registry cases, and
 * the golden decisions hold the text). Package-private.
 */
final class DecisionWriter {
    private DecisionWriter() {
    }

    /**
     * Writes a decision; with a language and a renderer, also the {@code language} member and each
     * reason's {@code text}, where {@link DecisionJson#toTree(Decision, String, Function)} puts them.
     */
    static void write(JsonGenerator g, Decision d, String language, Function<Reason, String> text)
            throws IOException {
        if ((language == null) != (text == null)) {
            throw new IllegalArgumentException("a language needs a renderer and a renderer a language");
        }
        g.writeStartObject();
        g.writeStringField("format", DecisionJson.FORMAT);
        g.writeStringField("caseId", d.caseId());
        g.writeStringField("question", d.question().name());
        g.writeStringField("subject", d.subject());
        g.writeStringField("asOf", d.asOf().toString());
        g.writeStringField("outcome", d.outcome().name());
        if (d.term().isPresent()) {
            g.writeObjectFieldStart("term");
            g.writeStringField("from", d.term().get().getStart().toString());
            g.writeStringField("to", d.term().get().getEndInclusive().toString());
            g.writeEndObject();
        }
        g.writeStringField("lawVersion", d.lawVersion());
        g.writeStringField("terminology", d.terminology());
        if (language != null) {
            g.writeStringField("language", language);
        }
        g.writeObjectFieldStart("authority");
        g.writeStringField("decidingBody", d.authority().decidingBody());
        g.writeStringField("ministry", d.authority().ministry());
        g.writeStringField("confidence", d.authority().confidence().name());
        g.writeEndObject();
        if (d.referredTo().isPresent()) {
            g.writeStringField("referredTo", d.referredTo().get().name());
        }
        g.writeArrayFieldStart("reasons");
        for (Reason r : d.reasons()) {
            g.writeStartObject();
            g.writeStringField("ruleId", r.ruleId());
            g.writeFieldName("basis");
            reference(g, r.basis());
            g.writeBooleanField("verified", r.verified());
            g.writeStringField("messageKey", r.messageKey());
            if (text != null) {
                g.writeStringField("text", text.apply(r));
            }
            g.writeObjectFieldStart("arguments");
            for (Map.Entry<String, String> a : r.arguments().entrySet()) {
                g.writeStringField(a.getKey(), a.getValue());
            }
            g.writeEndObject();
            strings(g, "facts", r.facts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidenceRequests");
        for (EvidenceRequest e : d.evidenceRequests()) {
            g.writeStartObject();
            g.writeStringField("fact", e.fact());
            g.writeStringField("person", e.person());
            strings(g, "documents", e.documents());
            g.writeStringField("ruleId", e.ruleId());
            g.writeFieldName("basis");
            reference(g, e.basis());
            strings(g, "facts", e.facts());
            g.writeEndObject();
        }
        g.writeEndArray();
        Receipt receipt = d.receipt();
        g.writeObjectFieldStart("receipt");
        g.writeStringField("libraryVersion", receipt.libraryVersion());
        g.writeStringField("lawVersion", receipt.lawVersion());
        g.writeStringField("rulesetHash", receipt.rulesetHash());
        g.writeStringField("caseHash", receipt.caseHash());
        g.writeStringField("question", receipt.question().name());
        g.writeStringField("asOf", receipt.asOf().toString());
        g.writeStringField("person", receipt.person());
        g.writeStringField("digest", receipt.digest());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void reference(JsonGenerator g, LegalReference ref) throws IOException {
        g.writeStartObject();
        g.writeStringField("act", ref.act());
        if (!ref.article().isEmpty()) {
            g.writeStringField("article", ref.article());
        }
        if (!ref.paragraph().isEmpty()) {
            g.writeStringField("paragraph", ref.paragraph());
        }
        if (!ref.subParagraph().isEmpty()) {
            g.writeStringField("subParagraph", ref.subParagraph());
        }
        if (!ref.revision().isEmpty()) {
            g.writeStringField("revision", ref.revision());
        }
        g.writeStringField("confidence", ref.confidence().name());
        Quotation q = ref.text();
        if (!q.isEmpty()) {
            g.writeObjectFieldStart("text");
            g.writeStringField("wording", q.wording());
            if (!q.ru().isEmpty()) {
                g.writeStringField("ru", q.ru());
            }
            if (!q.kk().isEmpty()) {
                g.writeStringField("kk", q.kk());
            }
            strings(g, "sources", q.sources());
            if (q.partial()) {
                g.writeBooleanField("partial", true);
            }
            if (q.otherWording()) {
                g.writeBooleanField("otherWording", true);
            }
            if (!q.note().isEmpty()) {
                g.writeStringField("note", q.note());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
