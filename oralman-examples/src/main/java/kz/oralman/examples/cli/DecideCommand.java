package kz.oralman.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import kz.oralman.model.Case;
import kz.oralman.model.PersonId;
import kz.oralman.model.PersonRole;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.Messages;
import kz.oralman.rules.OralmanEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code oralman decide CASE.json}: decides a case for every person in it (the applicant first) and
 * prints the explanations; {@code --person ID} decides for one person.
 *
 * <p>Formats: {@code text} (one explanation per person, each under a header naming the person and
 * their role when the case has several persons); {@code json} (a JSON array of
 * {@code oralman-decision/1} objects, one per person, applicant first; with {@code --person}, the one
 * object); {@code jsonl} (one decision object per line).
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decides the question of a case file for every person in it (applicant first) and prints "
                + "the decisions with their explanations.",
            "Example: oralman decide oralman-examples/cases/uz-2024-family-assign-granted.json --lang ru --person applicant"})
final class DecideCommand implements Callable<Integer> {
    enum Format { text, json, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case, format oralman-case/1")
    Path file;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the governing date, YYYY-MM-DD (default: the application's filing date); not before the"
                    + " filing date, as an application is decided on or after the day it is filed")
    LocalDate asOf;

    @Option(names = "--question", paramLabel = "QUESTION",
            description = "the question (default: the application's): ${COMPLETION-CANDIDATES}")
    Question question;

    @Option(names = "--person", paramLabel = "ID",
            description = "decide for this person of the case only (default: every person, applicant first)")
    String person;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "kk, ru or en (default: en); with --format json or jsonl, each reason also carries its text"
                    + " in LANG")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (an array, one decision per person; one object with --person) or jsonl "
                    + "(one decision a line) (default: text)")
    Format format;

    @Option(names = "--quote",
            description = "under each reason, print the words of the act it rests on (text format; Kazakh for"
                    + " --lang kk where held, else Russian)")
    boolean quote;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        if (language != null && !Messages.LANGUAGES.contains(language)) {
            throw new UserError("--lang '" + language + "' is not one of kk, ru, en");
        }
        Case c = CaseFiles.read(file);
        List<PersonId> persons = person == null ? OralmanEngine.everyoneInOrder(c) : List.of(personOf(c, person));
        Question q = question == null ? c.application().question() : question;
        LocalDate date = asOf == null ? c.application().filed() : asOf;
        if (date.isBefore(c.application().filed())) {
            throw new UserError("--as-of " + date + " is before the filing date " + c.application().filed()
                    + ": an application is decided on or after the day it is filed, so no status is granted for a term"
                    + " already past");
        }
        Path rulesDir = rules.folder().orElse(null);
        List<Decision> decisions;
        try {
            OralmanEngine engine = Engines.of(rulesDir);
            decisions = persons.stream().map(p -> engine.decide(c, q, date, p)).toList();
        } catch (kz.oralman.rules.check.RulesetRejectedException e) {
            throw Engines.rejected(rulesDir, e);
        } catch (UnsupportedOperationException | kz.oralman.rules.RulesetException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        String lang = language == null ? "en" : language;
        switch (format) {
            case json -> out.print(person != null ? json(decisions.get(0)) : array(decisions));
            case jsonl -> decisions.forEach(d -> out.print(line(d) + "\n"));
            default -> {
                Messages m = Engines.messages(rulesDir, lang);
                for (int i = 0; i < decisions.size(); i++) {
                    if (decisions.size() > 1) {
                        if (i > 0) {
                            out.print("\n");
                        }
                        out.print("== " + personHeader(m, c, decisions.get(i).subject()) + " ==\n");
                    }
                    out.print(DecisionText.render(decisions.get(i), m, quote));
                }
            }
        }
        out.flush();
        return OralmanCli.OK;
    }

    /** The person of a case with an id, or a user error listing the persons. */
    static PersonId personOf(Case c, String id) {
        PersonId p;
        try {
            p = PersonId.of(id);
        } catch (IllegalArgumentException e) {
            throw new UserError("--person: " + e.getMessage());
        }
        if (c.person(p).isEmpty()) {
            throw new UserError("--person '" + id + "' is not a person of case " + c.id() + "\nMaybe one of "
                    + OralmanEngine.everyoneInOrder(c).stream().map(PersonId::value).toList());
        }
        return p;
    }

    /** "Person: ID, family member (spouse of the applicant)" in a language. */
    static String personHeader(Messages m, Case c, String id) {
        PersonRole role = c.role(PersonId.of(id));
        String text = m.text("label.person") + ": " + id + ", " + m.text("role." + role.kind());
        if (role.relation().isPresent()) {
            text += " (" + m.text("relation." + role.relation().get().name()) + ")";
        }
        return text;
    }

    /** One decision as JSON; with {@code --lang}, each reason also carries its rendered text. */
    private String json(Decision d) {
        return language == null ? DecisionJson.write(d) : DecisionJson.write(d, language,
                r -> Messages.of(language).format(r.messageKey(), r.arguments(), d.terminology()));
    }

    /** One decision on one line (JSON Lines). */
    private String line(Decision d) {
        if (language == null) {
            return DecisionJson.writeLine(d).strip();
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json(d)).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a decision's own JSON does not parse", e);
        }
    }

    /** A JSON array of decisions, each written as {@link #json} writes it. */
    private String array(List<Decision> decisions) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < decisions.size(); i++) {
            String one = json(decisions.get(i)).stripTrailing();
            sb.append("  ").append(one.replace("\n", "\n  "));
            sb.append(i + 1 < decisions.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
