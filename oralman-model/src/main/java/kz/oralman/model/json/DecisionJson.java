package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Quotation;
import kz.oralman.model.decision.Reason;

/**
 * The decision contract, format {@value #FORMAT}. Decisions are written canonically (fixed field
 * order, sorted maps), so that the same decision always gives the same bytes.
 */
public final class DecisionJson {
    /** The format id of written decisions. */
    public static final String FORMAT = "oralman-decision/1";

    private DecisionJson() {
    }

    /**
     * Writes a decision in canonical, indented form.
     *
     * @param d the decision
     * @return the JSON text, ending with a newline
     */
    public static String write(Decision d) {
        return write(d, null, null);
    }

    /**
     * Writes a decision on one line, for JSONL.
     *
     * @param d the decision
     * @return the JSON text, without a newline
     */
    public static String writeLine(Decision d) {
        return writeLine(d, null, null);
    }

    /**
     * The canonical tree of a decision: the same fields and order as {@link #write(Decision)} and
     * {@link #writeLine(Decision)}, which stream them without building it.
     *
     * @param d the decision
     * @return a new tree
     */
    public static ObjectNode toTree(Decision d) {
        return toTree(d, null, null);
    }

    /**
     * Writes a decision with the rendered text of each reason, in canonical, indented form.
     *
     * @param d the decision
     * @param language the language of the texts, such as {@code ru}
     * @param text renders a reason of the decision in that language
     * @return the JSON text, ending with a newline
     */
    public static String write(Decision d, String language, Function<Reason, String> text) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = Canonical.generator(out)) {
            DecisionWriter.write(g, d, language, text); // streamed: no tree in between
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * Writes a decision with the rendered text of each reason on one line, for JSONL.
     *
     * @param d the decision
     * @param language the language of the texts, such as {@code ru}
     * @param text renders a reason of the decision in that language
     * @return the JSON text, without a newline
     */
    public static String writeLine(Decision d, String language, Function<Reason, String> text) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = Canonical.compactGenerator(out)) {
            DecisionWriter.write(g, d, language, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The canonical tree of a decision, optionally with rendered texts: a {@code language} member
     * after {@code terminology} and a {@code text} member in each reason after its {@code messageKey}.
     * Without them ({@code null}) the tree is exactly that of {@link #toTree(Decision)}.
     *
     * @param d the decision
     * @param language the language of the texts, or null for none
     * @param text renders a reason, or null for none
     * @return a new tree
     */
    public static ObjectNode toTree(Decision d, String language, Function<Reason, String> text) {
        if ((language == null) != (text == null)) {
            throw new IllegalArgumentException("a language needs a renderer and a renderer a language");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("caseId", d.caseId());
        root.put("question", d.question().name());
        root.put("subject", d.subject());
        root.put("asOf", d.asOf().toString());
        root.put("outcome", d.outcome().name());
        d.term().ifPresent(t -> root.putObject("term").put("from", t.getStart().toString())
                .put("to", t.getEndInclusive().toString()));
        root.put("lawVersion", d.lawVersion());
        root.put("terminology", d.terminology());
        if (language != null) {
            root.put("language", language);
        }
        root.putObject("authority").put("decidingBody", d.authority().decidingBody())
                .put("ministry", d.authority().ministry())
                .put("confidence", d.authority().confidence().name());
        d.referredTo().ifPresent(b -> root.put("referredTo", b.name()));
        ArrayNode reasons = root.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode o = reasons.addObject();
            o.put("ruleId", r.ruleId());
            o.set("basis", reference(r.basis()));
            o.put("verified", r.verified());
            o.put("messageKey", r.messageKey());
            if (text != null) {
                o.put("text", text.apply(r));
            }
            ObjectNode args = o.putObject("arguments");
            r.arguments().forEach(args::put);
            ArrayNode facts = o.putArray("facts");
            r.facts().forEach(facts::add);
        }
        ArrayNode evidence = root.putArray("evidenceRequests");
        for (EvidenceRequest e : d.evidenceRequests()) {
            ObjectNode o = evidence.addObject();
            o.put("fact", e.fact());
            o.put("person", e.person());
            ArrayNode docs = o.putArray("documents");
            e.documents().forEach(docs::add);
            o.put("ruleId", e.ruleId());
            o.set("basis", reference(e.basis()));
            ArrayNode facts = o.putArray("facts");
            e.facts().forEach(facts::add);
        }
        root.putObject("receipt")
                .put("libraryVersion", d.receipt().libraryVersion())
                .put("lawVersion", d.receipt().lawVersion())
                .put("rulesetHash", d.receipt().rulesetHash())
                .put("caseHash", d.receipt().caseHash())
                .put("question", d.receipt().question().name())
                .put("asOf", d.receipt().asOf().toString())
                .put("person", d.receipt().person())
                .put("digest", d.receipt().digest());
        return root;
    }

    private static ObjectNode reference(LegalReference ref) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("act", ref.act());
        if (!ref.article().isEmpty()) {
            o.put("article", ref.article());
        }
        if (!ref.paragraph().isEmpty()) {
            o.put("paragraph", ref.paragraph());
        }
        if (!ref.subParagraph().isEmpty()) {
            o.put("subParagraph", ref.subParagraph());
        }
        if (!ref.revision().isEmpty()) {
            o.put("revision", ref.revision());
        }
        o.put("confidence", ref.confidence().name());
        Quotation q = ref.text();
        if (!q.isEmpty()) {
            ObjectNode text = o.putObject("text");
            text.put("wording", q.wording());
            if (!q.ru().isEmpty()) {
                text.put("ru", q.ru());
            }
            if (!q.kk().isEmpty()) {
                text.put("kk", q.kk());
            }
            ArrayNode sources = text.putArray("sources");
            q.sources().forEach(sources::add);
            if (q.partial()) {
                text.put("partial", true);
            }
            if (q.otherWording()) {
                text.put("otherWording", true);
            }
            if (!q.note().isEmpty()) {
                text.put("note", q.note());
            }
        }
        return o;
    }

    /**
     * Reads the receipt of a decision written by {@link #write}, to replay it.
     *
     * @param decisionJson the decision's JSON text
     * @return the receipt, as written (its digest is not checked here: see {@code Receipt.isIntact()})
     * @throws IllegalArgumentException naming the field when the text has no complete receipt
     */
    public static kz.oralman.model.decision.Receipt readReceipt(String decisionJson) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(decisionJson);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a decision document: " + e.getMessage());
        }
        com.fasterxml.jackson.databind.JsonNode r = root == null ? null : root.get("receipt");
        if (r == null || !r.isObject()) {
            throw new IllegalArgumentException("/receipt: missing");
        }
        String[] fields = {"libraryVersion", "lawVersion", "rulesetHash", "caseHash", "question", "asOf", "person",
            "digest"};
        for (String f : fields) {
            if (!r.path(f).isTextual()) {
                throw new IllegalArgumentException("/receipt/" + f + ": missing or not a string");
            }
        }
        kz.oralman.model.Question question;
        java.time.LocalDate asOf;
        try {
            question = kz.oralman.model.Question.valueOf(r.get("question").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("/receipt/question: not a question: " + r.get("question").asText());
        }
        try {
            asOf = java.time.LocalDate.parse(r.get("asOf").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("/receipt/asOf: not a date YYYY-MM-DD: " + r.get("asOf").asText());
        }
        return new kz.oralman.model.decision.Receipt(r.get("libraryVersion").asText(), r.get("lawVersion").asText(),
                r.get("rulesetHash").asText(), r.get("caseHash").asText(), question, asOf, r.get("person").asText(),
                r.get("digest").asText());
    }
}
